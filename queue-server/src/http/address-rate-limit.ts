/**
 * A fixed-window request count per client address, for pages anyone on the citizens'
 * network can open. Memory stays bounded: past `maxAddresses`, ended windows are dropped
 * first, then the oldest.
 */
export type AddressRateLimit = {
  /** Counts one request from `address`; says whether it may be answered. */
  take: (address: string) => { allowed: true } | { allowed: false; retryAfterSeconds: number };
};

export type RateLimitOptions = {
  /** Requests one address may make per window. */
  limit: number;
  windowMs: number;
  /** Addresses remembered at most. Default 10,000. */
  maxAddresses?: number;
  clock?: () => number;
};

export const createAddressRateLimit = ({
  limit,
  windowMs,
  maxAddresses = 10_000,
  clock = Date.now,
}: RateLimitOptions): AddressRateLimit => {
  const windows = new Map<string, { startedAt: number; count: number }>();

  // Trimmed to nine tenths when full, so a flood of new addresses scans the map once per
  // tenth of it, not once per request.
  const trimmedSize = Math.floor(maxAddresses * 0.9);
  const makeRoom = (now: number): void => {
    for (const [address, window] of windows) {
      if (now - window.startedAt >= windowMs) windows.delete(address);
    }
    // Windows still running: the oldest go (Map keeps insertion order).
    while (windows.size > trimmedSize) {
      const oldest = windows.keys().next().value;
      if (oldest === undefined) break;
      windows.delete(oldest);
    }
  };

  return {
    take: (address) => {
      const now = clock();
      let window = windows.get(address);
      if (!window || now - window.startedAt >= windowMs) {
        if (window) windows.delete(address);
        else if (windows.size >= maxAddresses) makeRoom(now);
        window = { startedAt: now, count: 0 };
        windows.set(address, window);
      }
      window.count += 1;
      if (window.count <= limit) return { allowed: true };
      return {
        allowed: false,
        retryAfterSeconds: Math.max(1, Math.ceil((window.startedAt + windowMs - now) / 1000)),
      };
    },
  };
};

/** Scans and presses kept while the server is unreachable; older ones are dropped first. Default 100. */
export const outboxCapacity = 100;

/**
 * A scan still waiting after this long when the link comes back is dropped: the citizen who
 * scanned has left the kiosk, and the screen must not jump for whoever stands there now.
 * Default 10 s. Key presses are always sent: the server judges them by when they were pressed.
 */
export const maxScanAgeMs = 10_000;

export type OutboxEntry<T> = {
  kind: 'scan' | 'press';
  queuedAt: number;
  send: (target: T) => void;
};

export type EventOutbox<T> = {
  add: (entry: OutboxEntry<T>) => void;
  /** Empties the outbox: what is still worth sending, oldest first, and how many scans were too old. */
  drain: (now: number) => { fresh: OutboxEntry<T>['send'][]; staleScans: number };
};

/** What an agent holds back until the server has accepted its announcement. */
export const createEventOutbox = <T>(
  capacity = outboxCapacity,
  scanAgeMs = maxScanAgeMs,
): EventOutbox<T> => {
  let entries: OutboxEntry<T>[] = [];
  return {
    add: (entry) => {
      entries.push(entry);
      // A scanner left pressing for hours while the server is away must not fill the memory.
      if (entries.length > capacity) entries.shift();
    },
    drain: (now) => {
      const waiting = entries;
      entries = [];
      const fresh = waiting.filter(
        (entry) => entry.kind !== 'scan' || now - entry.queuedAt <= scanAgeMs,
      );
      return { fresh: fresh.map((entry) => entry.send), staleScans: waiting.length - fresh.length };
    },
  };
};

import type { Logger } from '@openops/protocol/logger';

/** Quiet time after which the next garbage starts a new burst (and a new log line). Default 2 s. */
export const garbageBurstGapMs = 2000;

export type GarbageCounter = {
  /** Counts `units` of garbage (bytes or frames) with a reason; logs once per burst. */
  add: (units: number, reason: string) => void;
  total: () => number;
};

/**
 * Counts bytes and frames that made no sense. A flood of noise must neither crash the agent
 * nor fill the disk with log lines, so only the first garbage of each burst is logged; the
 * count of the previous burst goes out with it.
 */
export const createGarbageCounter = (
  log: Logger,
  uri: string,
  now: () => number = Date.now,
): GarbageCounter => {
  let total = 0;
  let lastAt = Number.NEGATIVE_INFINITY;
  let burst = 0;
  return {
    add: (units, reason) => {
      const at = now();
      if (at - lastAt > garbageBurstGapMs) {
        log.warn('garbage from device (logged once per burst)', {
          uri,
          reason,
          previousBurst: burst,
          totalSoFar: total,
        });
        burst = 0;
      }
      lastAt = at;
      burst += units;
      total += units;
    },
    total: () => total,
  };
};

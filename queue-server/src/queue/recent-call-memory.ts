import type { RecentCallRow } from '../store/ticket-repository';

type Read = (counterId: string, businessDay: string, limit: number) => RecentCallRow[];

/**
 * Each counter's latest calls of the day, newest first, for the calling policy. Read from the
 * store once per counter and day, then extended with every committed call, so a call costs
 * no join over the day's events. `remember` must only be told of calls already committed.
 */
export const createRecentCallMemory = (read: Read) => {
  const byCounter = new Map<string, { day: string; limit: number; calls: RecentCallRow[] }>();
  return {
    of: (counterId: string, businessDay: string, limit: number): RecentCallRow[] => {
      const kept = byCounter.get(counterId);
      if (kept && kept.day === businessDay && kept.limit >= limit) {
        return kept.calls.slice(0, limit);
      }
      const calls = read(counterId, businessDay, limit);
      byCounter.set(counterId, { day: businessDay, limit, calls });
      return calls;
    },
    remember: (counterId: string, businessDay: string, call: RecentCallRow): void => {
      const kept = byCounter.get(counterId);
      if (!kept) return;
      if (kept.day !== businessDay) {
        byCounter.delete(counterId);
        return;
      }
      kept.calls = [call, ...kept.calls].slice(0, kept.limit);
    },
  };
};

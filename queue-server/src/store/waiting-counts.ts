import type { SqliteDatabase } from './database';

/** A place in a queue: arrival (ISO time, or kept place after a transfer), then sequence. */
export type PlaceBound = { queuedAt: string; sequence: number };

/**
 * Waiting tickets per queue and priority group. Whole-group counts are kept between changes,
 * so a burst of issues into one queue counts it once; the ticket repository drops them
 * (`forget`, `forgetAll`) whenever its writes may have moved them.
 */
export type WaitingCounts = {
  /** Waiting tickets of one group in a queue: placed before `before`, or all when null. */
  count: (
    businessDay: string,
    queueServiceId: string,
    priority: boolean,
    before: PlaceBound | null,
  ) => number;
  /**
   * Keeps a group's count after an issue the caller has seen commit: `before` (what `count`
   * said for the whole group inside that transaction) plus the new ticket.
   */
  issuedInto: (
    businessDay: string,
    queueServiceId: string,
    priority: boolean,
    before: number,
  ) => void;
  /** Drops one group's kept count: an issue into it may yet roll back. */
  forget: (businessDay: string, queueServiceId: string, priority: boolean) => void;
  /** Drops every kept count: a ticket changed state, queue or place. */
  forgetAll: () => void;
};

type Count = { count: number };

export const createWaitingCounts = (database: SqliteDatabase): WaitingCounts => {
  // Each reads one range of tickets_queue (waiting tickets by day, queue and group), no rows.
  const waitingIn = (group: string) =>
    `SELECT COUNT(*) AS count FROM tickets
     WHERE business_day = ? AND queue_service_id = ? AND state = 'waiting'
       AND priority_category_id ${group}`;
  const statements = {
    all: {
      normal: database.prepare<[string, string], Count>(waitingIn('IS NULL')),
      priority: database.prepare<[string, string], Count>(waitingIn('IS NOT NULL')),
    },
    before: {
      normal: database.prepare<[string, string, string, number], Count>(
        `${waitingIn('IS NULL')} AND (queued_at, sequence) < (?, ?)`,
      ),
      // The unary + keeps the planner on tickets_queue (priority tickets only, no rows read)
      // rather than walking every waiting ticket before the bound in tickets_ahead.
      priority: database.prepare<[string, string, string, number], Count>(
        `${waitingIn('IS NOT NULL')} AND (+queued_at, sequence) < (?, ?)`,
      ),
    },
  };
  const groupOf = (priority: boolean) => (priority ? 'priority' : 'normal');
  const keyOf = (businessDay: string, queueServiceId: string, priority: boolean): string =>
    `${businessDay}|${queueServiceId}|${groupOf(priority)}`;
  const kept = new Map<string, number>();

  return {
    count: (businessDay, queueServiceId, priority, before) => {
      if (before) {
        return (
          statements.before[groupOf(priority)].get(
            businessDay,
            queueServiceId,
            before.queuedAt,
            before.sequence,
          )?.count ?? 0
        );
      }
      const key = keyOf(businessDay, queueServiceId, priority);
      let count = kept.get(key);
      if (count === undefined) {
        count = statements.all[groupOf(priority)].get(businessDay, queueServiceId)?.count ?? 0;
        kept.set(key, count);
      }
      return count;
    },
    issuedInto: (businessDay, queueServiceId, priority, before) => {
      kept.set(keyOf(businessDay, queueServiceId, priority), before + 1);
    },
    forget: (businessDay, queueServiceId, priority) => {
      kept.delete(keyOf(businessDay, queueServiceId, priority));
    },
    forgetAll: () => kept.clear(),
  };
};

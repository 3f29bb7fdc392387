import { createFloorSource } from '../floor/floor-source';
import type { SqliteDatabase } from '../store/database';
import { createDayHolds, type DayHolds } from './day-holds';

/**
 * Why each counter or service cannot leave the configuration now, in the supervisor's words;
 * and what else the day holds that an edit must not take away (`DayHolds`).
 */
export type InUse = DayHolds & {
  counters: (businessDay: string) => Map<string, string>;
  services: (businessDay: string) => Map<string, string>;
};

type CountRow = { id: string; count: number };

const append = (reasons: Map<string, string>, id: string, reason: string): void => {
  const before = reasons.get(id);
  reasons.set(id, before ? `${before}, ${reason}` : reason);
};

/**
 * What the day's queue still holds at each counter and in each service. A counter removed
 * while open, or while a citizen stands at it, would strand its ticket (no counter could finish
 * it); a service removed with people waiting would strand them in a queue no one calls.
 */
export const createInUse = (database: SqliteDatabase): InUse => {
  // The floor view's reads: each counter's state, officer and current ticket.
  const floor = createFloorSource(database);
  const sentToCounters = database.prepare<[string], CountRow>(
    `SELECT target_counter_id AS id, COUNT(*) AS count FROM tickets
     WHERE business_day = ? AND state = 'waiting' AND target_counter_id IS NOT NULL
     GROUP BY target_counter_id`,
  );
  const queuedInServices = database.prepare<[string], CountRow>(
    `SELECT queue_service_id AS id, COUNT(*) AS count FROM tickets
     WHERE business_day = ? AND state IN ('waiting', 'called', 'serving')
     GROUP BY queue_service_id`,
  );
  return {
    ...createDayHolds(database),
    counters: (businessDay) => {
      const reasons = new Map<string, string>();
      floor.counters(businessDay).forEach((counter, counterId) => {
        if (counter.state !== 'closed') {
          const state = counter.state === 'paused' ? 'đang tạm dừng' : 'đang mở';
          append(reasons, counterId, counter.heldBy ? `${state} (${counter.heldBy})` : state);
        }
        if (counter.current) {
          const doing = counter.current.state === 'serving' ? 'đang phục vụ' : 'đang gọi';
          append(reasons, counterId, `${doing} số ${counter.current.number}`);
        }
      });
      sentToCounters.all(businessDay).forEach((row) => {
        append(reasons, row.id, `${row.count} số được chuyển đến đang chờ`);
      });
      return reasons;
    },
    services: (businessDay) =>
      new Map(
        queuedInServices
          .all(businessDay)
          .map((row) => [row.id, `${row.count} số đang chờ hoặc đang được phục vụ`]),
      ),
  };
};

import type { SqliteDatabase } from '../store/database';

/** Why each counter or service cannot leave the configuration now, in the supervisor's words. */
export type InUse = {
  counters: (businessDay: string) => Map<string, string>;
  services: (businessDay: string) => Map<string, string>;
};

type CounterStateRow = { counter_id: string; state: string; held_by: string | null };
type TicketAtCounterRow = { counter_id: string; number: string; state: string };
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
  const heldCounters = database.prepare<[], CounterStateRow>(
    `SELECT counter_id, state, held_by FROM counter_states WHERE state IN ('open', 'paused')`,
  );
  const ticketsAtCounters = database.prepare<[string], TicketAtCounterRow>(
    `SELECT counter_id, number, state FROM tickets
     WHERE business_day = ? AND state IN ('called', 'serving') AND counter_id IS NOT NULL
     ORDER BY called_at`,
  );
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
    counters: (businessDay) => {
      const reasons = new Map<string, string>();
      heldCounters.all().forEach((row) => {
        const state = row.state === 'paused' ? 'đang tạm dừng' : 'đang mở';
        append(reasons, row.counter_id, row.held_by ? `${state} (${row.held_by})` : state);
      });
      ticketsAtCounters.all(businessDay).forEach((row) => {
        const doing = row.state === 'serving' ? 'đang phục vụ' : 'đang gọi';
        append(reasons, row.counter_id, `${doing} số ${row.number}`);
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

import type { FloorCounter } from '@openops/protocol';
import type { SqliteDatabase } from '../store/database';

export type CounterSnapshot = {
  state: FloorCounter['state'];
  reason: string | null;
  heldBy: string | null;
  current: FloorCounter['current'];
};

export type WaitingSnapshot = {
  serviceId: string;
  count: number;
  oldestQueuedAt: string;
  oldestNumber: string;
};

export type FloorSource = {
  counters: (businessDay: string) => Map<string, CounterSnapshot>;
  waiting: (businessDay: string) => WaitingSnapshot[];
};

type StateRow = {
  counter_id: string;
  state: string;
  reason: string | null;
  held_by: string | null;
};
type CurrentRow = {
  id: string;
  number: string;
  queue_service_id: string | null;
  service_id: string;
  state: 'called' | 'serving';
  counter_id: string;
  called_at: string | null;
  serving_started_at: string | null;
  issued_at: string;
};
type WaitingRow = {
  service_id: string;
  count: number;
  oldest: string;
  number: string;
};

const counterStateOf = (state: string): FloorCounter['state'] =>
  state === 'open' || state === 'paused' ? state : 'closed';

/** Read-only queries over the operational store for the floor view (the queue writes it). */
export const createFloorSource = (database: SqliteDatabase): FloorSource => {
  const states = database.prepare<[], StateRow>(
    'SELECT counter_id, state, reason, held_by FROM counter_states',
  );
  const current = database.prepare<[string], CurrentRow>(
    `SELECT id, number, queue_service_id, service_id, state, counter_id, called_at,
       serving_started_at, issued_at
     FROM tickets WHERE business_day = ? AND state IN ('called', 'serving') AND counter_id IS NOT NULL
     ORDER BY called_at`,
  );
  // SQLite returns the bare columns of the row holding MIN() in an aggregate query.
  const waiting = database.prepare<[string], WaitingRow>(
    `SELECT queue_service_id AS service_id, COUNT(*) AS count, MIN(queued_at) AS oldest, number
     FROM tickets WHERE business_day = ? AND state = 'waiting'
     GROUP BY queue_service_id`,
  );
  return {
    counters: (businessDay) => {
      const result = new Map<string, CounterSnapshot>();
      states.all().forEach((row) => {
        result.set(row.counter_id, {
          state: counterStateOf(row.state),
          reason: row.reason,
          heldBy: row.held_by,
          current: null,
        });
      });
      current.all(businessDay).forEach((row) => {
        const entry = result.get(row.counter_id) ?? {
          state: 'open' as const,
          reason: null,
          heldBy: null,
          current: null,
        };
        result.set(row.counter_id, {
          ...entry,
          current: {
            ticketId: row.id,
            number: row.number,
            serviceId: row.queue_service_id ?? row.service_id,
            state: row.state,
            since:
              (row.state === 'serving' ? row.serving_started_at : row.called_at) ?? row.issued_at,
          },
        });
      });
      return result;
    },
    waiting: (businessDay) =>
      waiting.all(businessDay).map((row) => ({
        serviceId: row.service_id,
        count: row.count,
        oldestQueuedAt: row.oldest,
        oldestNumber: row.number,
      })),
  };
};

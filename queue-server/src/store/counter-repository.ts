import type { CounterStateName } from '@openops/protocol';
import type { SqliteDatabase } from './database';

export type CounterStateRow = {
  counterId: string;
  state: CounterStateName;
  reason: string | null;
  heldBy: string | null;
  since: string;
};

type Row = {
  counter_id: string;
  state: CounterStateName;
  reason: string | null;
  held_by: string | null;
  since: string;
};

const toState = (row: Row): CounterStateRow => ({
  counterId: row.counter_id,
  state: row.state,
  reason: row.reason,
  heldBy: row.held_by,
  since: row.since,
});

/** Counter states (open, paused, closed) and who holds each counter; committed on every change. */
export type CounterRepository = {
  /** The stored state, or null for a counter never opened (closed). */
  get: (counterId: string) => CounterStateRow | null;
  /** Counters an officer or device holds now (open or paused). */
  heldBy: (holder: string) => CounterStateRow[];
  save: (state: CounterStateRow) => void;
};

export const createCounterRepository = (database: SqliteDatabase): CounterRepository => {
  const get = database.prepare<[string], Row>('SELECT * FROM counter_states WHERE counter_id = ?');
  const heldBy = database.prepare<[string], Row>(
    `SELECT * FROM counter_states WHERE held_by = ? AND state != 'closed'`,
  );
  const save = database.prepare(
    `INSERT INTO counter_states (counter_id, state, reason, held_by, since)
     VALUES (@counterId, @state, @reason, @heldBy, @since)
     ON CONFLICT (counter_id) DO UPDATE SET state = excluded.state, reason = excluded.reason,
       held_by = excluded.held_by, since = excluded.since`,
  );
  return {
    get: (counterId) => {
      const row = get.get(counterId);
      return row ? toState(row) : null;
    },
    heldBy: (holder) => heldBy.all(holder).map(toState),
    save: (state) => {
      save.run(state);
    },
  };
};

import type { OutboxKind, ParkedRecord } from '@openops/protocol';
import type { SqliteDatabase } from '../store/database';
import type { DeliveryOutcome } from './delivery-outcome';

export type PendingRecord = {
  id: number;
  kind: OutboxKind;
  orderKey: string;
  field: string | null;
  idempotencyKey: string;
  payload: unknown;
  attempts: number;
};

type PendingRow = {
  id: number;
  kind: OutboxKind;
  order_key: string;
  field: string | null;
  idempotency_key: string;
  payload: string;
  attempts: number;
};

export type AttemptResult = { id: number; outcome: DeliveryOutcome; nextAttemptAt: number };

export type OutboxCounts = {
  pending: number;
  parked: number;
  delivered: number;
  oldestPendingAt: string | null;
};

/** The worker's and the supervisor's view of the outbox table. */
export type OutboxStore = ReturnType<typeof createOutboxStore>;

export const createOutboxStore = (database: SqliteDatabase) => {
  const statements = {
    // A record is due when its time has come and no earlier record of its order key is still
    // open (pending, or parked for the supervisor): that is the whole per-dossier ordering rule.
    due: database.prepare<[number, number], PendingRow>(
      `SELECT o.id, o.kind, o.order_key, o.field, o.idempotency_key, o.payload, o.attempts
       FROM sync_outbox o
       WHERE o.state = 'pending' AND o.next_attempt_at <= ?
         AND NOT EXISTS (
           SELECT 1 FROM sync_outbox e
           WHERE e.order_key = o.order_key AND e.id < o.id AND e.state != 'done')
       ORDER BY o.id LIMIT ?`,
    ),
    nextDue: database.prepare<[], { at: number | null }>(
      `SELECT MIN(next_attempt_at) AS at FROM sync_outbox WHERE state = 'pending'`,
    ),
    delivered: database.prepare(
      `UPDATE sync_outbox SET state = 'done', attempts = attempts + 1, done_at = ?, last_error = NULL
       WHERE id = ? AND state = 'pending'`,
    ),
    retry: database.prepare(
      `UPDATE sync_outbox SET attempts = attempts + 1, next_attempt_at = ?, last_error = ?
       WHERE id = ? AND state = 'pending'`,
    ),
    park: database.prepare(
      `UPDATE sync_outbox SET state = 'parked', attempts = attempts + 1, parked_at = ?, last_error = ?
       WHERE id = ? AND state = 'pending'`,
    ),
    counts: database.prepare<[], { state: string; count: number }>(
      'SELECT state, COUNT(*) AS count FROM sync_outbox GROUP BY state',
    ),
    oldestPending: database.prepare<[], { created_at: string }>(
      `SELECT created_at FROM sync_outbox WHERE state = 'pending' ORDER BY id LIMIT 1`,
    ),
    parked: database.prepare<
      [number],
      {
        id: number;
        kind: OutboxKind;
        order_key: string;
        attempts: number;
        last_error: string | null;
        created_at: string;
        parked_at: string | null;
      }
    >(
      `SELECT id, kind, order_key, attempts, last_error, created_at, parked_at
       FROM sync_outbox WHERE state = 'parked' ORDER BY id LIMIT ?`,
    ),
    unpark: database.prepare(
      `UPDATE sync_outbox SET state = 'pending', next_attempt_at = 0, parked_at = NULL
       WHERE id = ? AND state = 'parked'`,
    ),
    oldestDone: database.prepare<[number], { id: number; done_at: string }>(
      `SELECT id, done_at FROM sync_outbox WHERE state = 'done' ORDER BY id LIMIT ?`,
    ),
    deleteDone: database.prepare(`DELETE FROM sync_outbox WHERE id = ? AND state = 'done'`),
  };

  const record = database.transaction((results: readonly AttemptResult[], nowIso: string) => {
    results.forEach(({ id, outcome, nextAttemptAt }) => {
      switch (outcome.kind) {
        case 'delivered':
          statements.delivered.run(nowIso, id);
          return;
        case 'retry':
          statements.retry.run(nextAttemptAt, outcome.reason, id);
          return;
        case 'reject':
          statements.park.run(nowIso, outcome.reason, id);
          return;
      }
    });
  });

  /**
   * Records are delivered roughly in id order, so the oldest delivered ones come first by id:
   * deleting from the front in small batches costs the same whatever the table's size, with
   * no index on the delivery time.
   */
  const purgeBatch = database.transaction((beforeIso: string): number => {
    const old = statements.oldestDone.all(500).filter((row) => row.done_at < beforeIso);
    old.forEach((row) => statements.deleteDone.run(row.id));
    return old.length;
  });
  const purge = (beforeIso: string): number => {
    let total = 0;
    for (let purged = purgeBatch(beforeIso); purged > 0; purged = purgeBatch(beforeIso)) {
      total += purged;
    }
    return total;
  };

  return {
    due: (nowMs: number, limit: number): PendingRecord[] =>
      statements.due.all(nowMs, limit).map((row) => ({
        id: row.id,
        kind: row.kind,
        orderKey: row.order_key,
        field: row.field,
        idempotencyKey: row.idempotency_key,
        payload: JSON.parse(row.payload) as unknown,
        attempts: row.attempts,
      })),
    /** Epoch ms of the earliest pending attempt, or null when nothing is pending. */
    nextDueAt: (): number | null => statements.nextDue.get()?.at ?? null,
    /** Stores a round's outcomes in one transaction: one disk flush per round, not per record. */
    record: (results: readonly AttemptResult[], nowIso: string): void => record(results, nowIso),
    counts: (): OutboxCounts => {
      const byState = new Map(statements.counts.all().map((row) => [row.state, row.count]));
      return {
        pending: byState.get('pending') ?? 0,
        parked: byState.get('parked') ?? 0,
        delivered: byState.get('done') ?? 0,
        oldestPendingAt: statements.oldestPending.get()?.created_at ?? null,
      };
    },
    parked: (limit: number): ParkedRecord[] =>
      statements.parked.all(limit).map((row) => ({
        id: row.id,
        kind: row.kind,
        orderKey: row.order_key,
        attempts: row.attempts,
        reason: row.last_error ?? '',
        createdAt: row.created_at,
        parkedAt: row.parked_at,
      })),
    /** Puts a parked record back in line; false when there was no such parked record. */
    unpark: (id: number): boolean => statements.unpark.run(id).changes > 0,
    /** Deletes delivered records older than `beforeIso`; returns how many. */
    purgeDelivered: (beforeIso: string): number => purge(beforeIso),
  };
};

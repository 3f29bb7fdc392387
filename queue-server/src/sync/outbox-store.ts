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
  next_attempt_at: number;
  kind: OutboxKind;
  order_key: string;
  field: string | null;
  idempotency_key: string;
  payload: string;
  attempts: number;
};

export type AttemptResult = { id: number; outcome: DeliveryOutcome; nextAttemptAt: number };

/**
 * A route key with a head of an order key pending (`routeKeyOf`), and the kind and field of one
 * of its records: every record of the key goes to the receiver `routeOf` gives for these.
 */
export type OutboxRoute = { routeKey: string; kind: OutboxKind; field: string | null };

export type OutboxCounts = {
  pending: number;
  parked: number;
  delivered: number;
  oldestPendingAt: string | null;
};

/** The worker's and the supervisor's view of the outbox table. */
export type OutboxStore = ReturnType<typeof createOutboxStore>;

export const createOutboxStore = (database: SqliteDatabase) => {
  // The head of an order key: pending, and no earlier record of its key still open (pending,
  // or parked for the supervisor): that is the whole per-dossier ordering rule. A record queued
  // behind an open one is flagged `waiting_behind` when written (`enqueue`), and the flag is
  // cleared when the record ahead is delivered; the flag lets the `sync_outbox_due_heads` index
  // leave those records out, so finding the due heads reads about as many index entries as it
  // returns, however long the backlog (named: without statistics, SQLite would rather walk every
  // pending record by state). NOT EXISTS re-checks the rule itself on each of them. The same
  // heads are indexed by route key too (`sync_outbox_route_heads`), so the heads of the receivers
  // that take records now are found without reading those of a paused one.
  const pendingRow = `o.id, o.next_attempt_at, o.kind, o.order_key, o.field, o.idempotency_key,
    o.payload, o.attempts`;
  const isHead = `o.state = 'pending' AND o.waiting_behind = 0
    AND NOT EXISTS (
      SELECT 1 FROM sync_outbox e
      WHERE e.order_key = o.order_key AND e.id < o.id AND e.state != 'done')`;
  const statements = {
    // Oldest due first; never-tried and released records (next attempt 0) before retries.
    due: database.prepare<[number, number], PendingRow>(
      `SELECT ${pendingRow} FROM sync_outbox o INDEXED BY sync_outbox_due_heads
       WHERE ${isHead} AND o.next_attempt_at <= ?
       ORDER BY o.next_attempt_at, o.id LIMIT ?`,
    ),
    nextDue: database.prepare<[], { at: number }>(
      `SELECT o.next_attempt_at AS at FROM sync_outbox o INDEXED BY sync_outbox_due_heads
       WHERE ${isHead} ORDER BY o.next_attempt_at LIMIT 1`,
    ),
    // The same, for one route key; the rows are read once the round's share is chosen.
    dueOnRoute: database.prepare<[string, number, number], { id: number; at: number }>(
      `SELECT o.id, o.next_attempt_at AS at FROM sync_outbox o INDEXED BY sync_outbox_route_heads
       WHERE o.route_key = ? AND ${isHead} AND o.next_attempt_at <= ?
       ORDER BY o.next_attempt_at, o.id LIMIT ?`,
    ),
    nextDueOnRoute: database.prepare<[string], { at: number }>(
      `SELECT o.next_attempt_at AS at FROM sync_outbox o INDEXED BY sync_outbox_route_heads
       WHERE o.route_key = ? AND ${isHead} ORDER BY o.next_attempt_at LIMIT 1`,
    ),
    pendingByIds: database.prepare<[string], PendingRow>(
      `SELECT ${pendingRow} FROM sync_outbox o
       WHERE o.id IN (SELECT value FROM json_each(?)) ORDER BY o.next_attempt_at, o.id`,
    ),
    // The distinct route keys of the indexed heads, one index step each (a skip scan written out:
    // each step seeks the first entry past the previous key), with one record of each.
    routes: database.prepare<[], { route_key: string; kind: OutboxKind; field: string | null }>(
      `WITH RECURSIVE firsts (id, route_key) AS (
         SELECT id, route_key FROM (
           SELECT o.id, o.route_key FROM sync_outbox o INDEXED BY sync_outbox_route_heads
           WHERE o.state = 'pending' AND o.waiting_behind = 0 ORDER BY o.route_key LIMIT 1)
         UNION ALL
         SELECT next.id, next.route_key FROM firsts
         JOIN sync_outbox next ON next.id = (
           SELECT o.id FROM sync_outbox o INDEXED BY sync_outbox_route_heads
           WHERE o.state = 'pending' AND o.waiting_behind = 0 AND o.route_key > firsts.route_key
           ORDER BY o.route_key LIMIT 1))
       SELECT s.route_key, s.kind, s.field FROM firsts JOIN sync_outbox s ON s.id = firsts.id`,
    ),
    delivered: database.prepare(
      `UPDATE sync_outbox SET state = 'done', attempts = attempts + 1, done_at = ?, last_error = NULL
       WHERE id = ? AND state = 'pending'`,
    ),
    // The record behind a delivered one is the next head of its order key.
    release: database.prepare(
      `UPDATE sync_outbox SET waiting_behind = 0
       WHERE id = (
         SELECT id FROM sync_outbox
         WHERE order_key = (SELECT order_key FROM sync_outbox WHERE id = ?) AND state != 'done'
         ORDER BY id LIMIT 1)
       AND waiting_behind = 1`,
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

  const record = database.transaction(
    (results: readonly AttemptResult[], nowIso: string, alongside: () => void) => {
      results.forEach(({ id, outcome, nextAttemptAt }) => {
        switch (outcome.kind) {
          case 'delivered':
            if (statements.delivered.run(nowIso, id).changes > 0) statements.release.run(id);
            return;
          case 'retry':
            statements.retry.run(nextAttemptAt, outcome.reason, id);
            return;
          case 'reject':
            statements.park.run(nowIso, outcome.reason, id);
            return;
        }
      });
      alongside();
    },
  );

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

  /**
   * The `limit` earliest due heads over some route keys: at most `limit` from each key's index
   * range, merged, then only the chosen rows read. The cost follows the keys and the limit, not
   * the records of the keys left out.
   */
  const dueOnRoutes = (routeKeys: readonly string[], nowMs: number, limit: number) => {
    const chosen = routeKeys
      .flatMap((routeKey) => statements.dueOnRoute.all(routeKey, nowMs, limit))
      .sort((a, b) => a.at - b.at || a.id - b.id)
      .slice(0, limit)
      .map((head) => head.id);
    return chosen.length === 0 ? [] : statements.pendingByIds.all(JSON.stringify(chosen));
  };

  return {
    /**
     * Up to `limit` due heads of order keys (one per key), oldest due first; only those of
     * `routeKeys` when given (default: every route).
     */
    due: (nowMs: number, limit: number, routeKeys?: readonly string[]): PendingRecord[] =>
      (routeKeys === undefined
        ? statements.due.all(nowMs, limit)
        : dueOnRoutes(routeKeys, nowMs, limit)
      ).map((row) => ({
        id: row.id,
        kind: row.kind,
        orderKey: row.order_key,
        field: row.field,
        idempotencyKey: row.idempotency_key,
        payload: JSON.parse(row.payload) as unknown,
        attempts: row.attempts,
      })),
    /**
     * Epoch ms when the earliest head of an order key is due (in the past when one is due now),
     * or null when none is pending: records queued behind another are not counted, since they
     * cannot be sent before it. Only the heads of `routeKeys` when given (default: every route).
     */
    nextDueAt: (routeKeys?: readonly string[]): number | null => {
      if (routeKeys === undefined) return statements.nextDue.get()?.at ?? null;
      const times = routeKeys.flatMap((routeKey) => {
        const head = statements.nextDueOnRoute.get(routeKey);
        return head ? [head.at] : [];
      });
      return times.length === 0 ? null : Math.min(...times);
    },
    /** The route keys that have a head pending (due now or later), each with one record's kind and field. */
    routes: (): OutboxRoute[] =>
      statements.routes.all().map((row) => ({
        routeKey: row.route_key,
        kind: row.kind,
        field: row.field,
      })),
    /**
     * Stores a round's outcomes and whatever `alongside` writes, in one transaction: one disk
     * flush per round.
     */
    record: (
      results: readonly AttemptResult[],
      nowIso: string,
      alongside: () => void = () => undefined,
    ): void => record(results, nowIso, alongside),
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

import type Database from 'better-sqlite3';
import type { OutboxKind } from '@openops/protocol';
import type { SqliteDatabase } from '../store/database';
import { routeKeyOf } from './backend-router';

export type OutboxRecord = {
  kind: OutboxKind;
  /** Records with the same key are delivered in the order they were written (a dossier code, a ticket id). */
  orderKey: string;
  /** The field (queue service id) that routes the record in distributed deployments; null for the default backend. */
  field: string | null;
  /** Unique per record, forever: the backend applies a key once, and the outbox stores it once. */
  idempotencyKey: string;
  /** Already in the national exchange names, as it will travel. */
  payload: unknown;
  createdAt: string;
};

type InsertRow = {
  kind: string;
  orderKey: string;
  field: string | null;
  routeKey: string;
  idempotencyKey: string;
  payload: string;
  createdAt: string;
};
const statements = new WeakMap<SqliteDatabase, Database.Statement<InsertRow>>();

/**
 * Writes a record to sync. Call it INSIDE the transaction that makes the change it reports,
 * so the change and its record commit together or not at all; it throws otherwise.
 * Returns false when a record with the same idempotency key already exists (nothing written).
 */
export const enqueue = (database: SqliteDatabase, record: OutboxRecord): boolean => {
  if (!database.inTransaction) {
    throw new Error('outbox records must be written inside the transaction of their change');
  }
  let insert = statements.get(database);
  if (!insert) {
    // A record written while an earlier one of its order key is still open (pending, or parked
    // for the supervisor) waits behind it; the delivery of that one lets it through
    // (`createOutboxStore`), so the worker never has to look at it before then. The route key
    // lets the worker pass over the records of a paused receiver without reading them.
    insert = database.prepare<InsertRow>(
      `INSERT OR IGNORE INTO sync_outbox
         (kind, order_key, field, route_key, idempotency_key, payload, next_attempt_at,
          created_at, waiting_behind)
       SELECT :kind, :orderKey, :field, :routeKey, :idempotencyKey, :payload, 0, :createdAt,
         EXISTS (SELECT 1 FROM sync_outbox WHERE order_key = :orderKey AND state != 'done')`,
    );
    statements.set(database, insert);
  }
  const result = insert.run({
    kind: record.kind,
    orderKey: record.orderKey,
    field: record.field,
    routeKey: routeKeyOf(record.kind, record.field),
    idempotencyKey: record.idempotencyKey,
    payload: JSON.stringify(record.payload),
    createdAt: record.createdAt,
  });
  return result.changes > 0;
};

import type { SqliteDatabase } from '../store/database';
import { businessDayOf } from '../domain/business-day';
import { enqueue } from './outbox';
import { queueStatsToNational, toNationalTime } from './national-adapter';

type ServiceRow = { service_id: string; issued: number; waiting: number; called: number };

/** The one order key of the snapshots, so monitoring receives them in time order. */
const snapshotOrderKey = 'queue-stats';

/**
 * Central monitoring: a snapshot of the day's queue per field, queued every `intervalSeconds`.
 * Snapshots share one order key so monitoring receives them in time order; each is keyed by
 * its instant, so a snapshot is queued once. Only the newest matters to monitoring: a new one
 * drops the older ones still unsent (after a week offline, one snapshot goes, not two thousand
 * one per round). A parked one stays for the supervisor, the new one waiting behind it.
 */
export const createQueueStatsFeed = (deps: {
  database: SqliteDatabase;
  agencyCode: () => string;
  timeZone: () => string;
  clock: () => Date;
}) => {
  const { database } = deps;
  const perService = database.prepare<[string], ServiceRow>(
    `SELECT service_id, COUNT(*) AS issued,
       SUM(CASE WHEN state = 'waiting' THEN 1 ELSE 0 END) AS waiting,
       SUM(CASE WHEN called_at IS NOT NULL THEN 1 ELSE 0 END) AS called
     FROM tickets WHERE business_day = ? GROUP BY service_id ORDER BY service_id`,
  );
  // Deleted before the new snapshot is written, so it is the head of its key from the start
  // (`waiting_behind` is decided on insert). An attempt of a dropped one already in flight
  // finds no pending row to update when its round is stored: nothing else changes.
  const dropUnsent = database.prepare(
    `DELETE FROM sync_outbox WHERE order_key = ? AND kind = 'queue-stats' AND state = 'pending'`,
  );
  let lastAt = 0;
  const snapshot = database.transaction((now: Date): void => {
    const businessDay = businessDayOf(now, deps.timeZone());
    const services = perService.all(businessDay).map((row) => ({
      serviceId: row.service_id,
      issued: row.issued,
      waiting: row.waiting,
      called: row.called,
    }));
    const payload = queueStatsToNational(
      { at: now.toISOString(), businessDay, services },
      deps.agencyCode(),
    );
    dropUnsent.run(snapshotOrderKey);
    enqueue(database, {
      kind: 'queue-stats',
      orderKey: snapshotOrderKey,
      field: null,
      idempotencyKey: `queue-stats:${deps.agencyCode()}:${toNationalTime(now.toISOString())}`,
      payload,
      createdAt: now.toISOString(),
    });
  });
  /** Queues a snapshot when `intervalSeconds` have passed since the last one. */
  return (intervalSeconds: number): boolean => {
    const now = deps.clock();
    if (now.getTime() - lastAt < intervalSeconds * 1000) return false;
    lastAt = now.getTime();
    snapshot(now);
    return true;
  };
};

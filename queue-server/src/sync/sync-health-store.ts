import type { SqliteDatabase } from '../store/database';

/** How one round went for one receiver (a backend, or the SMS gateway). */
export type HealthNote = {
  receiver: string;
  /** At least one record was acknowledged. */
  delivered: boolean;
  /** The round's last transient failure for this receiver; null when it had none. */
  error: string | null;
};

export type SyncHealth = {
  lastDeliveredAt: string | null;
  /** The latest error not yet followed by a delivery to the same receiver. */
  lastError: { text: string; at: string } | null;
};

type HealthRow = {
  receiver: string;
  last_delivered_at: string | null;
  last_error: string | null;
  last_error_at: string | null;
};

const latest = <T>(items: readonly T[], at: (item: T) => string | null): T | null =>
  items.reduce<T | null>((best, item) => {
    const time = at(item);
    if (time === null) return best;
    const bestTime = best === null ? null : at(best);
    return bestTime === null || time > bestTime ? item : best;
  }, null);

/**
 * What the supervisor's sync panel says about delivery, kept in `sync_health` so a restart does
 * not blank it: per receiver, the last delivery, and the last error with its time until a later
 * delivery to that same receiver clears it (a healthy backend must not hide a broken one).
 */
export const createSyncHealthStore = (database: SqliteDatabase) => {
  const statements = {
    delivered: database.prepare(
      `INSERT INTO sync_health (receiver, last_delivered_at) VALUES (?, ?)
       ON CONFLICT (receiver) DO UPDATE SET last_delivered_at = excluded.last_delivered_at`,
    ),
    failed: database.prepare(
      `INSERT INTO sync_health (receiver, last_error, last_error_at) VALUES (?, ?, ?)
       ON CONFLICT (receiver) DO UPDATE SET last_error = excluded.last_error,
         last_error_at = excluded.last_error_at`,
    ),
    recovered: database.prepare(
      'UPDATE sync_health SET last_error = NULL, last_error_at = NULL WHERE receiver = ?',
    ),
    all: database.prepare<[], HealthRow>(
      'SELECT receiver, last_delivered_at, last_error, last_error_at FROM sync_health',
    ),
  };
  return {
    /** Stores a round's notes; call inside the round's transaction. */
    note: (notes: readonly HealthNote[], nowIso: string): void => {
      notes.forEach(({ receiver, delivered, error }) => {
        if (delivered) statements.delivered.run(receiver, nowIso);
        if (error !== null) statements.failed.run(receiver, error, nowIso);
        else if (delivered) statements.recovered.run(receiver);
      });
    },
    /** Health over the receivers configured now (one removed from the configuration is left out). */
    read: (receivers: readonly string[]): SyncHealth => {
      const rows = statements.all.all().filter((row) => receivers.includes(row.receiver));
      const delivered = latest(rows, (row) => row.last_delivered_at);
      const failed = latest(rows, (row) => (row.last_error === null ? null : row.last_error_at));
      return {
        lastDeliveredAt: delivered?.last_delivered_at ?? null,
        lastError:
          failed?.last_error && failed.last_error_at
            ? { text: failed.last_error, at: failed.last_error_at }
            : null,
      };
    },
  };
};

export type SyncHealthStore = ReturnType<typeof createSyncHealthStore>;

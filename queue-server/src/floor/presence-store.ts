import { floorDeviceKindSchema, type FloorDeviceKind } from '@openops/protocol';
import type { SqliteDatabase } from '../store/database';

export type StoredPresence = {
  deviceId: string;
  kind: FloorDeviceKind;
  lastSeen: string;
  /** Who last worked from a counter PC (an officer, or the PC itself on a demo server); else null. */
  workedBy: string | null;
  /** The counter a rating screen serves; null for other devices. */
  counterId: string | null;
};

export type PresenceStore = {
  /** The devices heard from since `since` (ISO time); older ones are deleted, taken as gone. */
  load: (since: string) => StoredPresence[];
  /** Stores when each device was last heard from, in one transaction. */
  save: (entries: readonly StoredPresence[]) => void;
  /** Deletes these devices' last-seen times (devices taken as gone while the server runs). */
  remove: (devices: readonly Pick<StoredPresence, 'kind' | 'deviceId'>[]) => void;
};

type PresenceRow = {
  device_id: string;
  kind: string;
  last_seen: string;
  worked_by: string | null;
  counter_id: string | null;
};

/** When each kiosk, display and counter PC was last heard from, kept across server restarts. */
export const createPresenceStore = (database: SqliteDatabase): PresenceStore => {
  const all = database.prepare<[], PresenceRow>(
    'SELECT device_id, kind, last_seen, worked_by, counter_id FROM device_presence',
  );
  const upsert = database.prepare<[string, string, string, string | null, string | null]>(
    `INSERT INTO device_presence (kind, device_id, last_seen, worked_by, counter_id)
     VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (kind, device_id) DO UPDATE SET last_seen = excluded.last_seen,
       worked_by = excluded.worked_by, counter_id = excluded.counter_id`,
  );
  const forget = database.prepare<[string]>('DELETE FROM device_presence WHERE last_seen < ?');
  const removeOne = database.prepare<[string, string]>(
    'DELETE FROM device_presence WHERE kind = ? AND device_id = ?',
  );
  const removeAll = database.transaction(
    (devices: readonly Pick<StoredPresence, 'kind' | 'deviceId'>[]) =>
      devices.forEach((device) => removeOne.run(device.kind, device.deviceId)),
  );
  const saveAll = database.transaction((entries: readonly StoredPresence[]) =>
    entries.forEach((entry) =>
      upsert.run(entry.kind, entry.deviceId, entry.lastSeen, entry.workedBy, entry.counterId),
    ),
  );
  return {
    load: (since) => {
      forget.run(since);
      return all.all().flatMap((row) => {
        // A kind this release does not know (written by a newer one) is skipped, not trusted.
        const kind = floorDeviceKindSchema.safeParse(row.kind);
        return kind.success
          ? [
              {
                deviceId: row.device_id,
                kind: kind.data,
                lastSeen: row.last_seen,
                workedBy: row.worked_by,
                counterId: row.counter_id,
              },
            ]
          : [];
      });
    },
    save: (entries) => {
      if (entries.length > 0) saveAll(entries);
    },
    remove: (devices) => {
      if (devices.length > 0) removeAll(devices);
    },
  };
};

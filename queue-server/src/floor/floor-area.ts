import type { Server } from 'socket.io';
import type { FloorView, SyncStatus } from '@openops/protocol';
import type { CentreConfigStore } from '../config/centre-config-store';
import type { DeviceHub } from '../devices/device-hub';
import type { SqliteDatabase } from '../store/database';
import { businessDayOf } from '../domain/business-day';
import { buildFloorView } from './floor-view';
import { createFloorSource } from './floor-source';
import { trackDevicePresence } from './device-presence';
import { createPresenceStore } from './presence-store';
import { createFloorSettingsStore, type FloorSettingsStore } from './floor-settings';
import { readSync, type SyncReading } from './sync-alerts';
import type { BackupHealth } from '../store/daily-backup';

export type FloorArea = {
  view: () => FloorView;
  settings: FloorSettingsStore;
  /** Stores the devices' last-seen times still unsaved; call before the store closes. */
  close: () => void;
};

type Deps = {
  io: Server;
  database: SqliteDatabase;
  config: CentreConfigStore;
  devices: DeviceHub;
  clock: () => Date;
  /** The sync module's status; absent in a server without sync (tests). */
  syncStatus?: () => SyncStatus;
  /** Whether the daily copies are being written; absent when the server takes none. */
  backupHealth?: () => BackupHealth;
};

/**
 * The floor is recomputed twice a second while watched, but the sync status counts the whole
 * outbox: it is read at most this often. Default 10 s.
 */
export const floorSyncReadMs = 10_000;

/** The live floor: counters, queues, equipment and alerts, computed on demand from the stores. */
export const createFloorArea = ({
  io,
  database,
  config,
  devices,
  clock,
  syncStatus,
  backupHealth,
}: Deps): FloorArea => {
  const source = createFloorSource(database);
  let sync: { reading: SyncReading; readAt: number } | null = null;
  const currentSync = (now: Date): SyncReading | null => {
    if (!syncStatus) return null;
    if (!sync || now.getTime() - sync.readAt >= floorSyncReadMs) {
      sync = { reading: readSync(syncStatus(), now, sync?.reading ?? null), readAt: now.getTime() };
    }
    return sync.reading;
  };
  const presence = trackDevicePresence(io, clock, createPresenceStore(database));
  const settings = createFloorSettingsStore(database);
  return {
    settings,
    close: presence.close,
    view: () => {
      const now = clock();
      const current = config.current();
      const businessDay = businessDayOf(now, current.centre.timeZone);
      return buildFloorView({
        now,
        businessDay,
        timeZone: current.centre.timeZone,
        waitAlertMinutes: settings.current().waitAlertMinutes,
        config: current,
        counters: source.counters(businessDay),
        waiting: source.waiting(businessDay),
        hardware: devices.reports(),
        presence: presence.entries(),
        sync: currentSync(now),
        backup: backupHealth?.() ?? null,
      });
    },
  };
};

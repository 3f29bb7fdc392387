import type { Namespace, Server } from 'socket.io';
import { namespaces, type FloorDeviceKind } from '@openops/protocol';
import { createLogger } from '@openops/protocol/logger';
import { actorIdOf } from '../auth/security';
import { deviceIdOf, principalOf, ratingCounterIdOf } from '../realtime/socket-auth';
import type { PresenceStore } from './presence-store';

const log = createLogger('device-presence');

export type PresenceEntry = {
  deviceId: string;
  kind: FloorDeviceKind;
  online: boolean;
  lastSeen: string;
  /** Its disconnect, or the server's start for a device last seen before it; null while online. */
  offlineSince: string | null;
  /**
   * Who worked from a counter PC over its latest socket: the signed-in officer, else the PC
   * itself (a demo counter holds counters under its own id). The floor finds from it the
   * counter the PC serves. Null for other kinds, and for a PC stored by an older release.
   */
  workedBy: string | null;
  /** The counter a rating screen named in its handshake; null for other kinds. */
  counterId: string | null;
};

export type DevicePresence = {
  entries: () => PresenceEntry[];
  /** Stores what is still unsaved and stops the periodic save. */
  close: () => void;
};

/**
 * How often the last-seen time of connected devices is stored. Connects and disconnects are
 * stored at once; only the time of a connected device's latest message waits. Default 60 s.
 */
export const presenceSaveIntervalMs = 60_000;

/**
 * A device not heard from for this long is taken as gone (replaced, renamed, retired): it is
 * no longer listed, nor raises an alert. Default 14 days.
 */
export const presenceRetentionDays = 14;

/**
 * Which kiosks, displays, counter PCs and rating screens have a socket open, when each was last
 * heard from, and who works from each counter PC.
 * Listens beside each role's own handlers (socket.io allows several), so no handler changes.
 * Last-seen times are kept in the store, so after a server restart the floor still lists the
 * devices that have not come back, as offline since the start.
 */
export const trackDevicePresence = (
  io: Server,
  clock: () => Date,
  store: PresenceStore,
  saveIntervalMs = presenceSaveIntervalMs,
): DevicePresence => {
  const started = clock();
  const startedAt = started.toISOString();
  const keepSinceAt = (now: Date): string =>
    new Date(now.getTime() - presenceRetentionDays * 86_400_000).toISOString();
  const keepSince = keepSinceAt(started);
  const seen = new Map<string, PresenceEntry>();
  const sockets = new Map<string, number>();
  const unsaved = new Set<string>();
  const keyOf = (kind: FloorDeviceKind, deviceId: string): string => `${kind}:${deviceId}`;

  store.load(keepSince).forEach((stored) => {
    seen.set(keyOf(stored.kind, stored.deviceId), {
      ...stored,
      online: false,
      offlineSince: startedAt,
    });
  });

  const save = (keys: Iterable<string>): void => {
    const entries = [...keys].flatMap((key) => {
      const entry = seen.get(key);
      return entry
        ? [
            {
              deviceId: entry.deviceId,
              kind: entry.kind,
              lastSeen: entry.lastSeen,
              workedBy: entry.workedBy,
              counterId: entry.counterId,
            },
          ]
        : [];
    });
    try {
      store.save(entries);
    } catch (error) {
      // The floor still knows from memory; the next save tries again.
      log.warn('last-seen times not stored', { error: (error as Error).message });
      entries.forEach((entry) => unsaved.add(keyOf(entry.kind, entry.deviceId)));
    }
  };
  const saveUnsaved = (): void => {
    const keys = [...unsaved];
    unsaved.clear();
    save(keys);
  };
  /**
   * Drops devices offline for longer than the retention, while the server runs for weeks:
   * a kiosk retired in March is not listed in April.
   */
  const forgetGone = (): void => {
    const cutoff = keepSinceAt(clock());
    const gone = [...seen].filter(([, entry]) => !entry.online && entry.lastSeen < cutoff);
    if (gone.length === 0) return;
    gone.forEach(([key]) => {
      seen.delete(key);
      sockets.delete(key);
      unsaved.delete(key);
    });
    try {
      store.remove(gone.map(([, entry]) => ({ kind: entry.kind, deviceId: entry.deviceId })));
    } catch (error) {
      // Deleted at the next start instead (older than the retention).
      log.warn('gone devices not deleted', { error: (error as Error).message });
    }
  };
  const timer = setInterval(() => {
    saveUnsaved();
    forgetGone();
  }, saveIntervalMs);
  timer.unref();

  const watch = (namespace: Namespace, role: 'kiosk' | 'display' | 'counter'): void => {
    namespace.on('connection', (socket) => {
      const deviceId = deviceIdOf(socket);
      // A rating page connects as a counter but names the counter it rates for: it is listed as
      // that counter's rating screen, not as one more counter PC.
      const counterId = role === 'counter' ? ratingCounterIdOf(socket) : null;
      const kind: FloorDeviceKind = counterId ? 'rating-screen' : role;
      const workedBy = kind === 'counter' ? actorIdOf(principalOf(socket)) : null;
      const key = keyOf(kind, deviceId);
      sockets.set(key, (sockets.get(key) ?? 0) + 1);
      seen.set(key, {
        deviceId,
        kind,
        online: true,
        lastSeen: clock().toISOString(),
        offlineSince: null,
        workedBy,
        counterId,
      });
      unsaved.delete(key);
      save([key]);
      socket.onAny(() => {
        const entry = seen.get(key);
        if (!entry) return;
        entry.lastSeen = clock().toISOString();
        unsaved.add(key);
      });
      socket.on('disconnect', () => {
        const left = (sockets.get(key) ?? 1) - 1;
        sockets.set(key, left);
        const now = clock().toISOString();
        // Who works from it stays the latest socket's, even when an older one closes after it.
        seen.set(key, {
          ...(seen.get(key) ?? { deviceId, kind, workedBy, counterId }),
          online: left > 0,
          lastSeen: now,
          offlineSince: left > 0 ? null : now,
        });
        unsaved.delete(key);
        save([key]);
      });
    });
  };
  watch(io.of(namespaces.kiosk), 'kiosk');
  watch(io.of(namespaces.display), 'display');
  watch(io.of(namespaces.counter), 'counter');
  return {
    entries: () => [...seen.values()].map((entry) => ({ ...entry })),
    close: () => {
      clearInterval(timer);
      saveUnsaved();
    },
  };
};

import type { Namespace, Server } from 'socket.io';
import { namespaces, type FloorDeviceKind } from '@openops/protocol';
import { deviceIdOf } from '../realtime/socket-auth';

export type PresenceEntry = {
  deviceId: string;
  kind: FloorDeviceKind;
  online: boolean;
  lastSeen: string;
};

export type DevicePresence = {
  entries: () => PresenceEntry[];
};

/**
 * Which kiosks, displays and counter PCs have a socket open, and when each was last heard from.
 * Listens beside each role's own handlers (socket.io allows several), so no handler changes.
 */
export const trackDevicePresence = (io: Server, clock: () => Date): DevicePresence => {
  const seen = new Map<string, PresenceEntry>();
  const sockets = new Map<string, number>();
  const watch = (namespace: Namespace, kind: FloorDeviceKind): void => {
    namespace.on('connection', (socket) => {
      const deviceId = deviceIdOf(socket);
      const key = `${kind}:${deviceId}`;
      sockets.set(key, (sockets.get(key) ?? 0) + 1);
      seen.set(key, { deviceId, kind, online: true, lastSeen: clock().toISOString() });
      socket.onAny(() => {
        const entry = seen.get(key);
        if (entry) entry.lastSeen = clock().toISOString();
      });
      socket.on('disconnect', () => {
        const left = (sockets.get(key) ?? 1) - 1;
        sockets.set(key, left);
        seen.set(key, { deviceId, kind, online: left > 0, lastSeen: clock().toISOString() });
      });
    });
  };
  watch(io.of(namespaces.kiosk), 'kiosk');
  watch(io.of(namespaces.display), 'display');
  watch(io.of(namespaces.counter), 'counter');
  return { entries: () => [...seen.values()].map((entry) => ({ ...entry })) };
};

import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Server } from 'socket.io';
import { io as connect, type Socket as ClientSocket } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import { namespaces } from '@openops/protocol';
import { openDatabase, type SqliteDatabase } from '../store/database';
import { roleNamespace } from '../realtime/socket-auth';
import { trackDevicePresence, type DevicePresence } from './device-presence';
import { createPresenceStore } from './presence-store';

const cleanUps: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanUp of cleanUps.splice(0).reverse()) await cleanUp();
});

/**
 * A real socket.io server with the real handshake check of an open demo server: sockets act
 * under the device id they name, as demo clients do.
 */
const serverWith = async (database: SqliteDatabase, clock: () => Date) => {
  const http = createServer();
  const io = new Server(http);
  [namespaces.kiosk, namespaces.display, namespaces.counter].forEach((name) =>
    roleNamespace(io, name),
  );
  const presence = trackDevicePresence(io, clock, createPresenceStore(database), 50);
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  let stopped = false;
  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    presence.close();
    await io.close();
  };
  cleanUps.push(stop);
  return { url, presence, io, stop };
};

const device = (
  url: string,
  name: string,
  deviceId: string,
  auth: Record<string, unknown> = {},
): Promise<ClientSocket> =>
  new Promise((resolve, reject) => {
    const socket = connect(`${url}${name}`, {
      auth: { deviceId, ...auth },
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
    });
    cleanUps.push(() => {
      socket.close();
    });
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });

const until = async (check: () => boolean): Promise<void> => {
  const deadline = Date.now() + 5000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met within 5 s');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

/** A store in its own temporary folder, closed and deleted after the test. */
const storeInTemporaryFolder = (): SqliteDatabase => {
  const folder = mkdtempSync(path.join(tmpdir(), 'openops-presence-'));
  cleanUps.push(() => rmSync(folder, { recursive: true, force: true }));
  const database = openDatabase(path.join(folder, 'queue.sqlite'));
  cleanUps.push(() => {
    database.close();
  });
  return database;
};

const entryOf = (presence: DevicePresence, deviceId: string) =>
  presence.entries().find((entry) => entry.deviceId === deviceId);

describe('device presence', () => {
  it('keeps last-seen times across a restart: a device not back is offline since the start', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'openops-presence-'));
    cleanUps.push(() => rmSync(folder, { recursive: true, force: true }));
    const file = path.join(folder, 'queue.sqlite');
    const instant = { now: new Date('2026-11-26T02:00:00.000Z') };
    const clock = (): Date => instant.now;

    const database = openDatabase(file);
    const first = await serverWith(database, clock);
    const kiosk = await device(first.url, namespaces.kiosk, 'kiosk-1');
    await device(first.url, namespaces.display, 'display-1');
    await until(() => entryOf(first.presence, 'display-1')?.online === true);

    // A message a minute later moves its last-seen time; the periodic save stores it.
    instant.now = new Date('2026-11-26T02:01:00.000Z');
    kiosk.emit('anything');
    await until(() => entryOf(first.presence, 'kiosk-1')?.lastSeen === instant.now.toISOString());
    const stored = () =>
      database
        .prepare<[], { device_id: string; last_seen: string }>(
          'SELECT device_id, last_seen FROM device_presence ORDER BY device_id',
        )
        .all();
    await until(() => stored()[1]?.last_seen === '2026-11-26T02:01:00.000Z');

    // The display leaves at 02:02: stored at once, offline since then.
    instant.now = new Date('2026-11-26T02:02:00.000Z');
    first.io.of(namespaces.display).disconnectSockets();
    await until(() => entryOf(first.presence, 'display-1')?.online === false);
    expect(entryOf(first.presence, 'display-1')).toMatchObject({
      lastSeen: '2026-11-26T02:02:00.000Z',
      offlineSince: '2026-11-26T02:02:00.000Z',
    });
    await first.stop();
    database.close();

    // The server comes back at 02:10; nobody has reconnected yet.
    instant.now = new Date('2026-11-26T02:10:00.000Z');
    const reopened = openDatabase(file);
    cleanUps.push(() => {
      reopened.close();
    });
    const second = await serverWith(reopened, clock);
    expect(second.presence.entries().sort((a, b) => a.deviceId.localeCompare(b.deviceId))).toEqual([
      {
        deviceId: 'display-1',
        kind: 'display',
        online: false,
        lastSeen: '2026-11-26T02:02:00.000Z',
        offlineSince: '2026-11-26T02:10:00.000Z',
        workedBy: null,
        counterId: null,
      },
      {
        deviceId: 'kiosk-1',
        kind: 'kiosk',
        online: false,
        // Its socket closed with the first server at 02:02.
        lastSeen: '2026-11-26T02:02:00.000Z',
        offlineSince: '2026-11-26T02:10:00.000Z',
        workedBy: null,
        counterId: null,
      },
    ]);
    await device(second.url, namespaces.kiosk, 'kiosk-1');
    await until(() => entryOf(second.presence, 'kiosk-1')?.online === true);
    expect(entryOf(second.presence, 'kiosk-1')).toMatchObject({
      lastSeen: '2026-11-26T02:10:00.000Z',
      offlineSince: null,
    });
  });

  it('keeps who works from a counter PC and the counter of a rating screen across a restart', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'openops-presence-'));
    cleanUps.push(() => rmSync(folder, { recursive: true, force: true }));
    const file = path.join(folder, 'queue.sqlite');
    const clock = (): Date => new Date('2026-11-26T02:00:00.000Z');
    const database = openDatabase(file);
    const first = await serverWith(database, clock);
    await device(first.url, namespaces.counter, 'counter-pc-1');
    await device(first.url, namespaces.counter, 'rating-quay-3', { ratingCounterId: 'quay-3' });
    // An id that is not a counter id is refused at the handshake, not stored.
    await expect(
      device(first.url, namespaces.counter, 'rating-x', { ratingCounterId: 'quầy 3' }),
    ).rejects.toThrow(/bad-request/);
    await until(() => first.presence.entries().length === 2);
    const uses = (presence: DevicePresence) =>
      presence
        .entries()
        .sort((a, b) => a.deviceId.localeCompare(b.deviceId))
        .map(({ deviceId, kind, online, workedBy, counterId }) => ({
          deviceId,
          kind,
          online,
          workedBy,
          counterId,
        }));
    expect(uses(first.presence)).toEqual([
      // A demo counter holds counters under its own id: it works from itself.
      {
        deviceId: 'counter-pc-1',
        kind: 'counter',
        online: true,
        workedBy: 'counter-pc-1',
        counterId: null,
      },
      {
        deviceId: 'rating-quay-3',
        kind: 'rating-screen',
        online: true,
        workedBy: null,
        counterId: 'quay-3',
      },
    ]);
    await first.stop();
    database.close();

    const reopened = openDatabase(file);
    cleanUps.push(() => {
      reopened.close();
    });
    const second = await serverWith(reopened, clock);
    expect(uses(second.presence)).toEqual([
      {
        deviceId: 'counter-pc-1',
        kind: 'counter',
        online: false,
        workedBy: 'counter-pc-1',
        counterId: null,
      },
      {
        deviceId: 'rating-quay-3',
        kind: 'rating-screen',
        online: false,
        workedBy: null,
        counterId: 'quay-3',
      },
    ]);
  });

  it('forgets a device not heard from for 14 days: replaced or retired, not offline', async () => {
    const database = storeInTemporaryFolder();
    const insert = database.prepare(
      'INSERT INTO device_presence (kind, device_id, last_seen) VALUES (?, ?, ?)',
    );
    insert.run('kiosk', 'kiosk-old', '2026-11-11T08:00:00.000Z');
    insert.run('display', 'display-1', '2026-11-24T08:00:00.000Z');
    const { presence } = await serverWith(database, () => new Date('2026-11-26T02:00:00.000Z'));
    expect(presence.entries().map((entry) => entry.deviceId)).toEqual(['display-1']);
    expect(database.prepare('SELECT device_id FROM device_presence').all()).toEqual([
      { device_id: 'display-1' },
    ]);
  });

  it('forgets, while running, a device offline for 14 days', async () => {
    const database = storeInTemporaryFolder();
    const instant = { now: new Date('2026-11-26T02:00:00.000Z') };
    const { url, presence } = await serverWith(database, () => instant.now);
    const retired = await device(url, namespaces.kiosk, 'kiosk-retired');
    const staying = await device(url, namespaces.display, 'display-1');
    await until(() => presence.entries().length === 2);
    retired.close();
    await until(() => entryOf(presence, 'kiosk-retired')?.online === false);

    // Thirteen days on, the retired kiosk is still listed as offline.
    instant.now = new Date('2026-12-09T02:00:00.000Z');
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(entryOf(presence, 'kiosk-retired')).toMatchObject({ online: false });

    // Past fourteen days it is gone, from the floor and from the store; the connected display
    // (its last message long ago) stays.
    instant.now = new Date('2026-12-10T02:00:01.000Z');
    await until(() => entryOf(presence, 'kiosk-retired') === undefined);
    expect(entryOf(presence, 'display-1')).toMatchObject({ online: true });
    expect(staying.connected).toBe(true);
    expect(
      database.prepare('SELECT device_id FROM device_presence ORDER BY device_id').all(),
    ).toEqual([{ device_id: 'display-1' }]);
  });
});

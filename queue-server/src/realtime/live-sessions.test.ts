import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Server } from 'socket.io';
import { io as connect, type Socket as ClientSocket } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import { namespaces } from '@openops/protocol';
import type { CentreConfigStore } from '../config/centre-config-store';
import { demoCentre } from '../config/demo-centre';
import { createSecurity } from '../auth/security';
import { openDatabase } from '../store/database';
import { roleNamespace } from './socket-auth';
import { releaseChangedAccounts, releaseOnCredentialEnd } from './live-sessions';

const cleanUps: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanUp of cleanUps.splice(0).reverse()) await cleanUp();
});

type Refusal = { code: string; message: string };

/**
 * A real socket.io server with the real handshake check of a secure centre on `/counter` and
 * `/kiosk`, its store in a temporary folder, and a clock the test may move ahead.
 */
const secureServer = async () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'openops-live-'));
  cleanUps.push(() => rmSync(folder, { recursive: true, force: true }));
  const database = openDatabase(path.join(folder, 'queue.sqlite'));
  cleanUps.push(() => {
    database.close();
  });
  const state = { aheadMs: 0, centre: structuredClone(demoCentre) };
  const config: CentreConfigStore = {
    filePath: path.join(folder, 'centre.json'),
    current: () => state.centre,
    update: () => Promise.resolve({ ok: true, config: state.centre }),
  };
  const security = createSecurity({
    database,
    config,
    clock: () => new Date(Date.now() + state.aheadMs),
  });
  const http = createServer();
  const io = new Server(http);
  const stops = [namespaces.counter, namespaces.kiosk].map((name) => {
    roleNamespace(io, name, security);
    return releaseOnCredentialEnd(io.of(name), security);
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  cleanUps.push(async () => {
    stops.forEach((stop) => stop());
    await io.close();
  });
  const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  const signIn = async (username: string): Promise<string> => {
    const session = await security.signIn.signIn(username, 'canbo-demo');
    if (!session.ok) throw new Error(session.error.message);
    return session.data.token;
  };
  const pair = (deviceId: string, role: 'kiosk' | 'counter'): string => {
    const asked = security.pairing.request({ deviceId, role, name: deviceId });
    security.pairing.approve(asked.requestId, asked.pairingCode, 'admin');
    const token = security.pairing.collect(asked.requestId);
    if (!token.ok || !token.data.token) throw new Error('no device token');
    return token.data.token;
  };
  return { io, url, security, state, signIn, pair };
};

const open = (url: string, name: string, token: string, deviceId = 'pc-1'): Promise<ClientSocket> =>
  new Promise((resolve, reject) => {
    const socket = connect(`${url}${name}`, {
      auth: { deviceId, token },
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
    });
    cleanUps.push(() => {
      socket.close();
    });
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error: Error & { data?: Refusal }) => reject(error));
  });

const refusalOf = async (connecting: Promise<ClientSocket>): Promise<Refusal | null> =>
  connecting.then(
    () => null,
    (error: Error & { data?: Refusal }) => error.data ?? null,
  );

/** Resolves with the reason the socket was disconnected; fails after `withinMs`. */
const disconnection = (socket: ClientSocket, withinMs = 3000): Promise<string> =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`still connected after ${withinMs} ms`)),
      withinMs,
    );
    socket.once('disconnect', (reason) => {
      clearTimeout(timer);
      resolve(reason);
    });
  });

/** True when the socket is still connected after a round trip the server answers. */
const stillConnected = async (socket: ClientSocket): Promise<boolean> => {
  await new Promise((resolve) => setTimeout(resolve, 50));
  return socket.connected;
};

describe('live sockets whose credential ends', () => {
  it('a sign-out lets go of that session’s sockets only, and the reconnect is told why', async () => {
    const server = await secureServer();
    const ending = await server.signIn('can-bo-1');
    const other = await server.signIn('can-bo-1');
    const first = await open(server.url, namespaces.counter, ending);
    const second = await open(server.url, namespaces.counter, ending, 'pc-2');
    const kept = await open(server.url, namespaces.counter, other, 'pc-3');

    const gone = [disconnection(first), disconnection(second)];
    server.security.signIn.signOut(ending);
    expect(await Promise.all(gone)).toEqual(['io server disconnect', 'io server disconnect']);
    expect(await stillConnected(kept)).toBe(true);
    expect(await refusalOf(open(server.url, namespaces.counter, ending))).toEqual({
      code: 'unauthorized',
      message: expect.stringContaining('đã đăng xuất') as unknown,
    });
  });

  it('a revoked pairing lets go of the device’s sockets', async () => {
    const server = await secureServer();
    const kiosk = await open(server.url, namespaces.kiosk, server.pair('kiosk-9', 'kiosk'));
    const counterPc = await open(server.url, namespaces.counter, server.pair('pc-1', 'counter'));

    const gone = disconnection(kiosk);
    expect(server.security.pairing.revoke('kiosk-9')).toBe(1);
    expect(await gone).toBe('io server disconnect');
    expect(await stillConnected(counterPc)).toBe(true);

    // Paired anew, the counter PC's socket on its old token is let go too.
    const replaced = disconnection(counterPc);
    const fresh = server.pair('pc-1', 'counter');
    expect(await replaced).toBe('io server disconnect');
    expect(await stillConnected(await open(server.url, namespaces.counter, fresh))).toBe(true);
  });

  it('an expiring session’s sockets are let go when it expires, and told it expired', async () => {
    const server = await secureServer();
    const token = await server.signIn('can-bo-2');
    // The server's clock moves on to 400 ms before the 12-hour session ends.
    server.state.aheadMs = 12 * 3_600_000 - 400;
    const socket = await open(server.url, namespaces.counter, token);
    const started = Date.now();
    expect(await disconnection(socket)).toBe('io server disconnect');
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    expect((await refusalOf(open(server.url, namespaces.counter, token)))?.message).toContain(
      'hết hạn',
    );
  });

  it('a configuration edit lets go of accounts removed, disabled or given other roles only', async () => {
    const server = await secureServer();
    const sockets = await Promise.all(
      ['can-bo-1', 'can-bo-2', 'can-bo-3', 'can-bo-4'].map(async (username, index) =>
        open(server.url, namespaces.counter, await server.signIn(username), `pc-${index}`),
      ),
    );
    const device = await open(server.url, namespaces.counter, server.pair('pc-9', 'counter'));
    const officers = (server.state.centre.officers ?? [])
      .filter((officer) => officer.id !== 'can-bo-1')
      .map((officer) => {
        if (officer.id === 'can-bo-2') return { ...officer, disabled: true };
        if (officer.id === 'can-bo-3') return { ...officer, roles: ['supervisor' as const] };
        if (officer.id === 'can-bo-4') return { ...officer, name: 'Võ Thị Dung (đổi tên)' };
        return officer;
      });
    server.state.centre = { ...server.state.centre, officers };

    const gone = sockets.slice(0, 3).map((socket) => disconnection(socket));
    expect(releaseChangedAccounts(server.io, officers)).toBe(3);
    expect(await Promise.all(gone)).toEqual(Array(3).fill('io server disconnect'));
    // A renamed officer keeps working; a device has no account to change.
    expect(await stillConnected(sockets[3] as ClientSocket)).toBe(true);
    expect(await stillConnected(device)).toBe(true);
  });
});

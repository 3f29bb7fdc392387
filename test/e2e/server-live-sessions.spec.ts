import { createHash } from 'node:crypto';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { io, type Socket } from 'socket.io-client';
import type { Dossier, DossierWithHistory } from '@openops/protocol';
import { startQueueServer, type QueueServerProcess } from '../support/queue-server-process';
import { api, demoAccounts, pairDevice, signIn } from '../support/server-auth';
import { ask, connectAs, refusalOf, type HandshakeRefusal } from '../support/server-sockets';
import { openSupervisor } from '../support/supervisor-page';
import { birthRegistration } from '../support/sync-centre';

/**
 * Live sockets against a secure server (as in a real centre): the counter socket's dossier
 * events act for the signed-in officer only, as REST does; a socket whose session or pairing
 * ends is let go at once, and its reconnect is refused saying why.
 */
test.describe.configure({ mode: 'serial' });

let server: QueueServerProcess;
let admin: string;
const sockets: Socket[] = [];

test.beforeAll(async () => {
  server = await startQueueServer({ secure: true, logName: 'server-live-sessions' });
  admin = (await signIn(server.url, demoAccounts.admin)).token;
});
test.afterEach(() => {
  sockets.splice(0).forEach((socket) => socket.close());
});
test.afterAll(async () => {
  await server?.stop();
});

const connected = async (connecting: Promise<Socket>): Promise<Socket> => {
  const socket = await connecting;
  sockets.push(socket);
  return socket;
};

/** `/supervisor` (the floor), which the shared helper does not name. */
const supervisorSocket = (token: string): Promise<Socket> =>
  new Promise((resolve, reject) => {
    const socket = io(`${server.url}/supervisor`, {
      auth: { deviceId: 'supervisor-pc', token },
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
    });
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error: Error & { data?: HandshakeRefusal }) => {
      socket.close();
      reject(Object.assign(new Error(error.message), { data: error.data }));
    });
  });

/** Resolves with why the server let the socket go; fails while it stays connected. */
const letGo = (socket: Socket, withinMs = 5000): Promise<string> =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`still connected ${withinMs} ms later`)),
      withinMs,
    );
    socket.once('disconnect', (reason) => {
      clearTimeout(timer);
      resolve(reason);
    });
  });

test("the counter socket's dossier events refuse a paired counter PC and record the signed-in officer by the account's name", async () => {
  const pcToken = await pairDevice(
    server.url,
    { deviceId: 'counter-pc-1', role: 'counter' },
    admin,
  );
  const pc = await connected(
    connectAs(server.url, '/counter', { deviceId: 'counter-pc-1', token: pcToken }),
  );
  const forbidden = { ok: false, error: { code: 'forbidden' } };
  expect(await ask(pc, 'dossier:receive', birthRegistration('Nguyễn Văn An'))).toMatchObject(
    forbidden,
  );
  expect(await ask(pc, 'dossier:list', {})).toMatchObject(forbidden);
  // Nor does it ask a citizen to rate an officer it names itself.
  expect(
    await ask(pc, 'rating:request', {
      counterId: 'quay-1',
      ticketId: 'any-ticket',
      officerId: 'can-bo-2',
    }),
  ).toMatchObject(forbidden);

  const officer = await signIn(server.url, demoAccounts.officer1);
  const counter = await connected(
    connectAs(server.url, '/counter', { deviceId: 'counter-pc-1', token: officer.token }),
  );
  const received = await ask<Dossier>(
    counter,
    'dossier:receive',
    birthRegistration('Trần Thị Giám Sát'),
  );
  expect(received.ok).toBe(true);
  const code = received.data?.code;
  if (!code) throw new Error(`no dossier: ${JSON.stringify(received)}`);
  // can-bo-1's account name, which the receipt prints and the per-officer report counts.
  expect(received.data?.officerName).toBe('Nguyễn Văn An');

  expect(await ask(pc, 'dossier:get', { code })).toMatchObject(forbidden);
  expect(await ask(pc, 'dossier:mark-processed', { code })).toMatchObject(forbidden);
  expect(await ask(counter, 'dossier:mark-processed', { code })).toMatchObject({
    ok: true,
    data: { status: 9 },
  });
  const history = await api<DossierWithHistory>(server.url, 'GET', `/dossiers/${code}`, {
    token: officer.token,
  });
  // Received by the account's name (as over REST), processed by the officer, not the PC.
  expect(history.body.ok && history.body.data.history.map((entry) => entry.actor)).toEqual([
    'Nguyễn Văn An',
    'can-bo-1',
  ]);
});

test("a sign-out lets go of that session's sockets at once; the reconnect is told the session ended", async () => {
  const ending = await signIn(server.url, demoAccounts.officer2);
  const other = await signIn(server.url, demoAccounts.officer2);
  const supervisor = await signIn(server.url, demoAccounts.supervisor);
  const counter = await connected(
    connectAs(server.url, '/counter', { deviceId: 'counter-pc-2', token: ending.token }),
  );
  const kept = await connected(
    connectAs(server.url, '/counter', { deviceId: 'counter-pc-3', token: other.token }),
  );
  const floor = await connected(supervisorSocket(supervisor.token));

  const counterGone = letGo(counter);
  expect(
    (await api(server.url, 'DELETE', '/sessions/current', { token: ending.token })).status,
  ).toBe(200);
  expect(await counterGone).toBe('io server disconnect');
  // The same officer's other session works on.
  expect(await ask(kept, 'dossier:list', {})).toMatchObject({ ok: true });
  const refused = await refusalOf(
    connectAs(server.url, '/counter', { deviceId: 'counter-pc-2', token: ending.token }),
  );
  expect(refused.code).toBe('unauthorized');
  expect(refused.message).toContain('đã đăng xuất');
  // REST says the same, not a bare "sign in".
  expect(await api(server.url, 'GET', '/tickets', { token: ending.token })).toMatchObject({
    status: 401,
    body: { error: { message: expect.stringContaining('đã đăng xuất') as unknown } },
  });

  const floorGone = letGo(floor);
  await api(server.url, 'DELETE', '/sessions/current', { token: supervisor.token });
  expect(await floorGone).toBe('io server disconnect');
  expect(await refusalOf(supervisorSocket(supervisor.token))).toMatchObject({
    code: 'unauthorized',
    message: expect.stringContaining('đã đăng xuất') as unknown,
  });
});

test("a revoked pairing lets go of the device's sockets; the reconnect is told it was revoked", async () => {
  const token = await pairDevice(server.url, { deviceId: 'kiosk-live', role: 'kiosk' }, admin);
  const kiosk = await connected(connectAs(server.url, '/kiosk', { deviceId: 'kiosk-live', token }));
  const gone = letGo(kiosk);
  expect((await api(server.url, 'DELETE', '/devices/kiosk-live', { token: admin })).status).toBe(
    200,
  );
  expect(await gone).toBe('io server disconnect');
  const refused = await refusalOf(
    connectAs(server.url, '/kiosk', { deviceId: 'kiosk-live', token }),
  );
  expect(refused.code).toBe('unauthorized');
  expect(refused.message).toContain('thu hồi');
});

test('an account disabled by a configuration edit has its sockets let go; the reconnect is told why', async () => {
  const officer = await signIn(server.url, { username: 'can-bo-3', password: 'canbo-demo' });
  const counter = await connected(
    connectAs(server.url, '/counter', { deviceId: 'counter-pc-4', token: officer.token }),
  );
  const current = await api<{ officers: Array<{ id: string }> }>(server.url, 'GET', '/config', {
    token: admin,
  });
  if (!current.body.ok) throw new Error(current.body.error.message);
  const officers = current.body.data.officers.map((row) =>
    row.id === 'can-bo-3' ? { ...row, disabled: true } : row,
  );
  const gone = letGo(counter);
  expect(
    await api(server.url, 'PUT', '/config/officers', { token: admin, body: officers }),
  ).toMatchObject({ status: 200, body: { ok: true } });
  expect(await gone).toBe('io server disconnect');
  const refused = await refusalOf(
    connectAs(server.url, '/counter', { deviceId: 'counter-pc-4', token: officer.token }),
  );
  expect(refused.code).toBe('unauthorized');
  expect(refused.message).toContain('vô hiệu hoá');
});

test('a session that expires lets go of its sockets when it does; the reconnect is told it expired', async () => {
  const officer = await signIn(server.url, { username: 'can-bo-4', password: 'canbo-demo' });
  // Sessions last at least 6 minutes: this one is made to end 2 s from now, in the store.
  const store = new Database(path.join(server.dataDir, 'queue.sqlite'));
  const hash = createHash('sha256').update(officer.token).digest('hex');
  const expiresAt = Date.now() + 2000;
  store
    .prepare('UPDATE officer_sessions SET expires_at = ? WHERE token_hash = ?')
    .run(new Date(expiresAt).toISOString(), hash);
  store.close();

  const counter = await connected(
    connectAs(server.url, '/counter', { deviceId: 'counter-pc-5', token: officer.token }),
  );
  expect(await letGo(counter, 10_000)).toBe('io server disconnect');
  expect(Date.now()).toBeGreaterThanOrEqual(expiresAt);
  const refused = await refusalOf(
    connectAs(server.url, '/counter', { deviceId: 'counter-pc-5', token: officer.token }),
  );
  expect(refused.code).toBe('unauthorized');
  expect(refused.message).toContain('hết hạn');
});

test('a supervisor cannot remove an officer who has signed in and make the account anew', async () => {
  await signIn(server.url, { username: 'can-bo-4', password: 'canbo-demo' });
  const supervisor = (await signIn(server.url, demoAccounts.supervisor)).token;
  const listed = await api<{ officers: Array<{ id: string }> }>(server.url, 'GET', '/config', {
    token: supervisor,
  });
  if (!listed.body.ok) throw new Error(listed.body.error.message);
  const { officers } = listed.body.data;
  const clerk = officers.find((officer) => officer.id === 'can-bo-4');
  if (!clerk) throw new Error('the demo centre has can-bo-4');
  const without = officers.filter((officer) => officer.id !== 'can-bo-4');
  expect(
    (await api(server.url, 'PUT', '/config/officers', { token: supervisor, body: without })).status,
  ).toBe(200);
  // Made anew under the same id, with a password of the supervisor's choosing: refused.
  const remade = [...without, { ...clerk, password: 'mat-khau-cua-giam-sat' }];
  expect(
    await api(server.url, 'PUT', '/config/officers', { token: supervisor, body: remade }),
  ).toMatchObject({
    status: 403,
    body: { error: { code: 'forbidden', issues: [{ path: `${without.length}.id` }] } },
  });
  expect(
    await api(server.url, 'POST', '/sessions', {
      body: { username: 'can-bo-4', password: 'mat-khau-cua-giam-sat' },
    }),
  ).toMatchObject({ status: 401 });
});

test('the floor screen of a supervisor whose account is disabled says why, at once', async ({
  page,
}) => {
  await openSupervisor(page, server.url, demoAccounts.supervisor);
  const current = await api<{ officers: Array<{ id: string }> }>(server.url, 'GET', '/config', {
    token: admin,
  });
  if (!current.body.ok) throw new Error(current.body.error.message);
  const officers = current.body.data.officers.map((row) =>
    row.id === 'giam-sat' ? { ...row, disabled: true } : row,
  );
  expect(
    await api(server.url, 'PUT', '/config/officers', { token: admin, body: officers }),
  ).toMatchObject({ status: 200, body: { ok: true } });
  // Let go by the server, the screen asks again at once and is told the reason.
  await expect(page.getByRole('alert').filter({ hasText: 'vô hiệu hoá' })).toBeVisible();
});

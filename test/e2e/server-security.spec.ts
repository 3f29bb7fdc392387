import { expect, test } from '@playwright/test';
import type { Socket } from 'socket.io-client';
import type { PairingState } from '@openops/protocol';
import { startQueueServer, type QueueServerProcess } from '../support/queue-server-process';
import { api, demoAccounts, pairDevice, signIn } from '../support/server-auth';
import { ask, connectAs, refusalOf } from '../support/server-sockets';

/** Roles, sign-in, pairing and bad input against a secure server (as in a real centre). */
let server: QueueServerProcess;
const sockets: Socket[] = [];

test.beforeAll(async () => {
  server = await startQueueServer({ secure: true, logName: 'server-security' });
});
test.afterAll(async () => {
  sockets.forEach((socket) => socket.close());
  await server?.stop();
});

test('no token, a made-up token or the wrong role is refused at the handshake', async () => {
  expect(await refusalOf(connectAs(server.url, '/kiosk', { deviceId: 'kiosk-1' }))).toMatchObject({
    code: 'unauthorized',
  });
  expect(
    await refusalOf(connectAs(server.url, '/kiosk', { deviceId: 'kiosk-1', token: 'd.forged' })),
  ).toMatchObject({ code: 'unauthorized' });
  const displayToken = await pairDevice(server.url, { deviceId: 'display-1', role: 'display' });
  // A display cannot call numbers: it never gets into /counter, nor through REST.
  expect(
    await refusalOf(
      connectAs(server.url, '/counter', { deviceId: 'display-1', token: displayToken }),
    ),
  ).toMatchObject({ code: 'forbidden' });
  const call = await api(server.url, 'POST', '/counters/quay-1/call-next', { token: displayToken });
  expect(call).toMatchObject({ status: 403, body: { ok: false, error: { code: 'forbidden' } } });
  const anonymous = await api(server.url, 'POST', '/tickets', { body: { serviceId: 'ho-tich' } });
  expect(anonymous).toMatchObject({ status: 401, body: { error: { code: 'unauthorized' } } });
});

test('a kiosk cannot sign officers in; a paired kiosk acts under its own id', async () => {
  const kioskToken = await pairDevice(server.url, { deviceId: 'kiosk-2', role: 'kiosk' });
  const refused = await api(server.url, 'POST', '/sessions', {
    token: kioskToken,
    body: demoAccounts.officer1,
  });
  expect(refused).toMatchObject({ status: 403, body: { error: { code: 'forbidden' } } });
  // It claims to be kiosk-1; the token says kiosk-2, and the ticket records kiosk-2.
  const kiosk = await connectAs(server.url, '/kiosk', { deviceId: 'kiosk-1', token: kioskToken });
  sockets.push(kiosk);
  const issued = await ask<{ ticket: { issuedBy: string } }>(kiosk, 'ticket:issue', {
    serviceId: 'ho-tich',
  });
  expect(issued).toMatchObject({ ok: true, data: { ticket: { issuedBy: 'kiosk-2' } } });
  // A kiosk may declare elderly priority itself, but not meritorious service.
  expect(
    await ask(kiosk, 'ticket:issue', { serviceId: 'ho-tich', priorityCategoryId: 'nguoi-co-cong' }),
  ).toMatchObject({ ok: false, error: { code: 'forbidden' } });
});

test('wrong passwords lock the account, even against the right one', async () => {
  const wrong = { username: 'can-bo-4', password: 'doan-sai' };
  for (let attempt = 1; attempt <= 4; attempt += 1) {
    const reply = await api(server.url, 'POST', '/sessions', { body: wrong });
    expect(reply).toMatchObject({ status: 401, body: { error: { code: 'invalid-credentials' } } });
  }
  const fifth = await api(server.url, 'POST', '/sessions', { body: wrong });
  expect(fifth).toMatchObject({ status: 423, body: { error: { code: 'account-locked' } } });
  const right = await api(server.url, 'POST', '/sessions', {
    body: { username: 'can-bo-4', password: 'canbo-demo' },
  });
  expect(right).toMatchObject({ status: 423, body: { error: { code: 'account-locked' } } });
  // Another account is unaffected, and its session ends at sign-out.
  const session = await signIn(server.url, demoAccounts.officer2);
  expect(session.officer).not.toHaveProperty('passwordHash');
  expect(
    (await api(server.url, 'DELETE', '/sessions/current', { token: session.token })).status,
  ).toBe(200);
  expect((await api(server.url, 'GET', '/counters/quay-1', { token: session.token })).status).toBe(
    401,
  );
});

test('pairing: the right code only, the token handed over once, revocation ends it', async () => {
  const admin = (await signIn(server.url, demoAccounts.admin)).token;
  const officer = (await signIn(server.url, demoAccounts.officer1)).token;
  const request = await api<PairingState>(server.url, 'POST', '/devices/pairing-requests', {
    body: { deviceId: 'kiosk-9', role: 'kiosk', name: 'Kiosk tầng 3' },
  });
  expect(request.status).toBe(201);
  if (!request.body.ok) throw new Error('pairing request refused');
  const { requestId, pairingCode } = request.body.data;
  const approvePath = `/devices/pairing-requests/${requestId}/approve`;
  const wrongCode = pairingCode === '000000' ? '111111' : '000000';
  expect(
    await api(server.url, 'POST', approvePath, { token: officer, body: { pairingCode } }),
  ).toMatchObject({ status: 403 });
  expect(
    await api(server.url, 'POST', approvePath, { token: admin, body: { pairingCode: wrongCode } }),
  ).toMatchObject({ status: 400, body: { error: { code: 'bad-request' } } });
  expect(
    (await api(server.url, 'GET', `/devices/pairing-requests/${requestId}`)).body,
  ).toMatchObject({ ok: true, data: { status: 'pending' } });
  expect(
    await api(server.url, 'POST', approvePath, { token: admin, body: { pairingCode } }),
  ).toMatchObject({ status: 200, body: { data: { status: 'approved' } } });
  // A second approval is refused in words, not with the state's code.
  expect(
    await api(server.url, 'POST', approvePath, { token: admin, body: { pairingCode } }),
  ).toMatchObject({
    status: 409,
    body: {
      error: { message: 'Yêu cầu ghép nối này đã được duyệt (request no longer pending)' },
    },
  });
  const first = await api<PairingState>(
    server.url,
    'GET',
    `/devices/pairing-requests/${requestId}`,
  );
  const token = first.body.ok ? first.body.data.token : undefined;
  expect(token).toMatch(/^d\./);
  const second = await api<PairingState>(
    server.url,
    'GET',
    `/devices/pairing-requests/${requestId}`,
  );
  expect(second.body.ok && second.body.data.token).toBeFalsy();

  const kiosk = await connectAs(server.url, '/kiosk', { deviceId: 'kiosk-9', token: token ?? '' });
  kiosk.close();
  expect((await api(server.url, 'DELETE', '/devices/kiosk-9', { token: admin })).status).toBe(200);
  expect(
    await refusalOf(connectAs(server.url, '/kiosk', { deviceId: 'kiosk-9', token: token ?? '' })),
  ).toMatchObject({ code: 'unauthorized' });
});

test('bad input on events and routes gets coded errors; oversized messages never crash it', async () => {
  const officer = (await signIn(server.url, demoAccounts.supervisor)).token;
  const counter = await connectAs(server.url, '/counter', { deviceId: 'pc-9', token: officer });
  sockets.push(counter);
  expect(await ask(counter, 'counter:call-next', { counterId: 'quầy 1' })).toMatchObject({
    ok: false,
    error: { code: 'bad-request', issues: [{ path: 'counterId' }] },
  });
  expect(await ask(counter, 'counter:pause', { counterId: 'quay-1' })).toMatchObject({
    ok: false,
    error: { code: 'bad-request', issues: [{ path: 'reason' }] },
  });
  expect(await ask(counter, 'counter:transfer', { counterId: 'quay-1' })).toMatchObject({
    ok: false,
    error: { code: 'bad-request' },
  });
  expect(await ask(counter, 'counter:call-next', { counterId: 'khong-co' })).toMatchObject({
    ok: false,
    error: { code: 'not-found' },
  });
  expect(
    (await api(server.url, 'GET', '/tickets?state=lost', { token: officer })).body,
  ).toMatchObject({ ok: false, error: { code: 'bad-request', issues: [{ path: 'state' }] } });
  expect((await api(server.url, 'GET', '/tickets/khong-co')).status).toBe(404);

  // A packet over the 64 KiB limit closes that socket only; the server answers on.
  const big = await connectAs(server.url, '/counter', { deviceId: 'pc-10', token: officer });
  const closed = new Promise<void>((resolve) => big.once('disconnect', () => resolve()));
  big.emit('counter:call-next', { counterId: 'quay-1', padding: 'x'.repeat(100_000) }, () => {});
  await closed;
  big.close();
  expect((await api(server.url, 'GET', '/health')).status).toBe(200);
  expect(await ask(counter, 'counter:call-next', { counterId: 'khong-co' })).toMatchObject({
    ok: false,
  });
});

test("print jobs, keypads and ratings answer the centre's devices and staff only", async () => {
  // Receipts in print jobs carry citizens' names, phones and ID numbers; a job or a keypad arm
  // acts on the hardware; a made-up rating skews the satisfaction figures.
  const staffOnly: Array<['GET' | 'POST', string, unknown?]> = [
    ['GET', '/print-jobs'],
    ['GET', '/print-jobs/any-job'],
    ['GET', '/print-jobs/any-job/preview.png'],
    ['POST', '/print-jobs', { deviceId: 'kiosk-1', document: { kind: 'test-page' } }],
    ['POST', '/print-jobs/any-job/reprint'],
    ['POST', '/devices/keypad-arms', { counterId: 'quay-1' }],
    ['GET', '/devices/health'],
  ];
  const kioskToo: Array<['GET' | 'POST', string, unknown?]> = [
    ['GET', '/devices/kiosk-1/printer-status'],
    ['GET', '/ratings/pending?counterId=quay-1'],
    ['POST', '/ratings', { requestId: 'any-request', level: 4, source: 'kiosk' }],
  ];
  for (const [method, route, body] of [...staffOnly, ...kioskToo]) {
    const anonymous = await api(server.url, method, route, body === undefined ? {} : { body });
    expect(anonymous.status, `${method} ${route} without a token`).toBe(401);
  }
  const kiosk = await pairDevice(server.url, { deviceId: 'kiosk-7', role: 'kiosk' });
  for (const [method, route, body] of staffOnly) {
    const asKiosk = await api(server.url, method, route, {
      token: kiosk,
      ...(body === undefined ? {} : { body }),
    });
    expect(asKiosk.status, `${method} ${route} from a kiosk`).toBe(403);
  }
  for (const [method, route] of kioskToo.filter(([verb]) => verb === 'GET')) {
    const asKiosk = await api(server.url, method, route, { token: kiosk });
    expect(asKiosk.status, `${method} ${route} from a kiosk`).toBe(200);
  }
  const officer = (await signIn(server.url, demoAccounts.officer1)).token;
  expect((await api(server.url, 'GET', '/print-jobs', { token: officer })).status).toBe(200);
  expect((await api(server.url, 'GET', '/devices/health', { token: officer })).status).toBe(200);
});

test('the OpenAPI document lists the v1 routes with their roles', async () => {
  const response = await fetch(`${server.url}/api/v1/openapi.json`);
  const document = (await response.json()) as {
    openapi: string;
    paths: Record<string, Record<string, { 'x-roles': string[] }>>;
  };
  expect(document.openapi).toMatch(/^3\./);
  for (const path of [
    '/health',
    '/services',
    '/tickets',
    '/tickets/{ticketId}',
    '/counters/{counterId}/call-next',
    '/counters/{counterId}/recall',
    '/counters/{counterId}/start',
    '/counters/{counterId}/finish',
    '/counters/{counterId}/transfer',
    '/counters/{counterId}/no-show',
    '/appointments',
    '/appointments/check-in',
    '/devices/pairing-requests',
    '/sessions',
  ]) {
    expect(Object.keys(document.paths), path).toContain(path);
  }
  expect(document.paths['/counters/{counterId}/call-next']?.post?.['x-roles']).not.toContain(
    'display',
  );
});

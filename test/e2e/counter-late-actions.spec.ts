import { expect, test } from '@playwright/test';
import type { Socket } from 'socket.io-client';
import { startQueueServer, type QueueServerProcess } from '../support/queue-server-process';
import { ask, connectAs } from '../support/server-sockets';

/**
 * A counter action that reaches the server more than 8 s after it was sent is refused, judged on
 * the clock the counter's handshake named; clients that send no clock (older apps) are not timed.
 * The counter page's own view of this is in counter-keys.spec.ts.
 */
let server: QueueServerProcess;
const sockets: Socket[] = [];

test.beforeAll(async () => {
  server = await startQueueServer({ logName: 'counter-late-actions' });
});
test.afterAll(async () => {
  sockets.forEach((socket) => socket.close());
  await server?.stop();
});

const issue = async (serviceId: string): Promise<void> => {
  const reply = await fetch(`${server.url}/api/v1/tickets`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ serviceId }),
  });
  expect(reply.status).toBe(201);
};

test('an action sent 9 s before it arrives is refused; one sent just now is carried out', async () => {
  await issue('chung-thuc');
  // The page's clock: 1,000 s into its life as it connects.
  const clockAtConnect = 1_000_000;
  const connectedAt = performance.now();
  const counter = await connectAs(server.url, '/counter', {
    deviceId: 'late-pc-3',
    clock: clockAtConnect,
  });
  sockets.push(counter);
  const pageNow = (): number => clockAtConnect + (performance.now() - connectedAt);

  expect(
    await ask(counter, 'counter:open', { counterId: 'quay-3', sentAt: pageNow() }),
  ).toMatchObject({ ok: true });
  const held = await ask(counter, 'counter:call-next', {
    counterId: 'quay-3',
    sentAt: pageNow() - 9_000,
  });
  expect(held).toMatchObject({ ok: false, error: { code: 'request-expired' } });
  expect(held.error?.message).toMatch(/chậm \d+ giây nên không được thực hiện/);

  const fresh = await ask(counter, 'counter:call-next', { counterId: 'quay-3', sentAt: pageNow() });
  expect(fresh).toMatchObject({ ok: true });
});

test('a client that sends no clock is not timed', async () => {
  await issue('dat-dai');
  const counter = await connectAs(server.url, '/counter', { deviceId: 'old-pc-4' });
  sockets.push(counter);
  expect(await ask(counter, 'counter:open', { counterId: 'quay-4' })).toMatchObject({ ok: true });
  // Its sentAt means nothing without a clock at the handshake.
  expect(await ask(counter, 'counter:call-next', { counterId: 'quay-4', sentAt: 0 })).toMatchObject(
    { ok: true },
  );
});

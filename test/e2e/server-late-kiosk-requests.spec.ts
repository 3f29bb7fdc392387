import { expect, test } from '@playwright/test';
import type { Socket } from 'socket.io-client';
import { startQueueServer, type QueueServerProcess } from '../support/queue-server-process';
import { ask, connectAs } from '../support/server-sockets';

/**
 * A kiosk's ticket or check-in that reaches the server more than 8 s after it was sent (a
 * stalled server, a network cut) is refused: the kiosk has told the citizen it got no answer,
 * so issuing it then would print a number for nobody and leave a ghost in the queue. Judged on
 * the clock the kiosk's handshake named, as counter actions are (counter-late-actions.spec.ts).
 */
let server: QueueServerProcess;
const sockets: Socket[] = [];

test.beforeAll(async () => {
  server = await startQueueServer({ logName: 'server-late-kiosk-requests' });
});
test.afterAll(async () => {
  sockets.forEach((socket) => socket.close());
  await server?.stop();
});

const supervisorToken = async (): Promise<string> => {
  const signIn = await fetch(`${server.url}/api/v1/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'giam-sat', password: 'giamsat-demo' }),
  });
  expect(signIn.status).toBe(201);
  return ((await signIn.json()) as { data: { token: string } }).data.token;
};

const ticketsOfDay = async (token: string): Promise<string[]> => {
  const reply = await fetch(`${server.url}/api/v1/tickets?serviceId=dat-dai`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(reply.status).toBe(200);
  return ((await reply.json()) as { data: Array<{ number: string }> }).data.map(
    (ticket) => ticket.number,
  );
};

test('a ticket or check-in sent 9 s before it arrives is refused and issues nothing; one sent now is issued', async () => {
  const token = await supervisorToken();
  // The kiosk page's clock: 500 s into its life as it connects.
  const clockAtConnect = 500_000;
  const connectedAt = performance.now();
  const kiosk = await connectAs(server.url, '/kiosk', {
    deviceId: 'kiosk-1',
    clock: clockAtConnect,
  });
  sockets.push(kiosk);
  const pageNow = (): number => clockAtConnect + (performance.now() - connectedAt);

  const held = await ask(kiosk, 'ticket:issue', {
    serviceId: 'dat-dai',
    sentAt: pageNow() - 9_000,
  });
  expect(held).toMatchObject({ ok: false, error: { code: 'request-expired' } });
  expect(held.error?.message).toMatch(/chậm \d+ giây nên không được thực hiện/);
  expect(await ticketsOfDay(token)).toEqual([]);

  const booked = await fetch(`${server.url}/api/v1/appointments`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      serviceId: 'dat-dai',
      slotStart: new Date(Date.now() + 10 * 60_000).toISOString(),
      citizenName: 'Trần Thị Hạnh',
    }),
  });
  expect(booked.status).toBe(201);
  const { code } = ((await booked.json()) as { data: { code: string } }).data;
  const heldCheckIn = await ask(kiosk, 'appointment:check-in', {
    code,
    sentAt: pageNow() - 9_000,
  });
  expect(heldCheckIn).toMatchObject({ ok: false, error: { code: 'request-expired' } });
  expect(await ticketsOfDay(token)).toEqual([]);

  expect(
    await ask(kiosk, 'ticket:issue', { serviceId: 'dat-dai', sentAt: pageNow() }),
  ).toMatchObject({ ok: true, data: { ticket: { number: 'C001' } } });
  // The booking was not used by the refused check-in: it still checks in.
  expect(await ask(kiosk, 'appointment:check-in', { code, sentAt: pageNow() })).toMatchObject({
    ok: true,
  });
  expect((await ticketsOfDay(token)).sort()).toEqual(['C001', 'C002']);
});

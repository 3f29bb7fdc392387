import { expect, test } from '@playwright/test';
import type { Socket } from 'socket.io-client';
import type { Call, CounterView, IssuedTicket, Ticket, TicketWithEvents } from '@openops/protocol';
import { startQueueServer, type QueueServerProcess } from '../support/queue-server-process';
import { api, demoAccounts, pairDevice, signIn } from '../support/server-auth';
import { ask, connectAndReceive, connectAs, nextEvent } from '../support/server-sockets';

/**
 * A day at the counters over real sockets against a secure server: officers sign in, open
 * counters, call by policy, recall, serve, transfer, return, call out of order, cancel; every
 * change is an event with actor, counter and time; a client that reconnects gets the state.
 */
let server: QueueServerProcess;
let kiosk: Socket;
let display: Socket;
let officer1: Socket;
let officer2: Socket;
let token1 = '';
let token2 = '';
const sockets: Socket[] = [];

const issue = async (serviceId: string, extra: Record<string, string> = {}): Promise<Ticket> => {
  const reply = await ask<IssuedTicket>(kiosk, 'ticket:issue', { serviceId, ...extra });
  expect(reply.ok, JSON.stringify(reply)).toBe(true);
  return (reply.data as IssuedTicket).ticket;
};

test.beforeAll(async () => {
  server = await startQueueServer({ secure: true, logName: 'server-lifecycle' });
  const kioskToken = await pairDevice(server.url, { deviceId: 'kiosk-1', role: 'kiosk' });
  const displayToken = await pairDevice(server.url, { deviceId: 'display-1', role: 'display' });
  token1 = (await signIn(server.url, demoAccounts.officer1)).token;
  token2 = (await signIn(server.url, demoAccounts.officer2)).token;
  kiosk = await connectAs(server.url, '/kiosk', { deviceId: 'kiosk-1', token: kioskToken });
  display = await connectAs(server.url, '/display', { deviceId: 'display-1', token: displayToken });
  officer1 = await connectAs(server.url, '/counter', { deviceId: 'counter-pc-1', token: token1 });
  officer2 = await connectAs(server.url, '/counter', { deviceId: 'counter-pc-2', token: token2 });
  sockets.push(kiosk, display, officer1, officer2);
});

test.afterAll(async () => {
  sockets.forEach((socket) => socket.close());
  await server?.stop();
});

test('one officer per counter, priority by policy, recall reaches displays, serve and finish', async () => {
  const opened = await ask<CounterView>(officer1, 'counter:open', { counterId: 'quay-1' });
  expect(opened).toMatchObject({ ok: true, data: { state: 'open', heldBy: 'can-bo-1' } });
  const busy = await ask(officer2, 'counter:open', { counterId: 'quay-1' });
  expect(busy).toMatchObject({ ok: false, error: { code: 'counter-busy' } });

  const normal = await issue('ho-tich');
  const elderly = await issue('ho-tich', {
    priorityCategoryId: 'nguoi-cao-tuoi',
    priorityReason: 'trên 75 tuổi',
  });
  expect(elderly.priorityCategoryId).toBe('nguoi-cao-tuoi');

  // Alternate 3 : 1 with no priority call yet: the elderly citizen goes first.
  const displayed = nextEvent<Call>(display, 'call:made', (call) => call.ticketId === elderly.id);
  const first = await ask<Call>(officer1, 'counter:call-next', { counterId: 'quay-1' });
  expect(first).toMatchObject({
    ok: true,
    data: { ticketNumber: elderly.number, counterNumber: 1, recall: false, zone: 'tang-1' },
  });
  await displayed;

  const recalled = nextEvent<Call>(display, 'call:made', (call) => call.recall);
  expect(await ask(officer1, 'counter:recall', { counterId: 'quay-1' })).toMatchObject({
    ok: true,
    data: { ticketNumber: elderly.number, recall: true },
  });
  expect((await recalled).ticketId).toBe(elderly.id);

  expect(await ask(officer1, 'counter:start', { counterId: 'quay-1' })).toMatchObject({
    ok: true,
    data: { state: 'serving' },
  });
  // No-show is only for a citizen who never came to the counter; the refusal says why in words.
  expect(await ask(officer1, 'counter:no-show', { counterId: 'quay-1' })).toMatchObject({
    ok: false,
    error: {
      code: 'invalid-transition',
      message: `Không thể ghi vắng mặt: phiếu ${elderly.number} đang được phục vụ (ticket is being served)`,
    },
  });
  expect(await ask(officer1, 'counter:finish', { counterId: 'quay-1' })).toMatchObject({
    ok: true,
    data: { state: 'done' },
  });
  expect(await ask(officer1, 'counter:finish', { counterId: 'quay-1' })).toMatchObject({
    ok: false,
    error: { code: 'no-current-ticket' },
  });

  const second = await ask<Call>(officer1, 'counter:call-next', { counterId: 'quay-1' });
  expect(second.data?.ticketNumber).toBe(normal.number);
  expect(await ask(officer1, 'counter:no-show', { counterId: 'quay-1' })).toMatchObject({
    ok: true,
    data: { state: 'no-show' },
  });

  // Who did what is for officers: a caller without a session sees the ticket, not its actors.
  const history = await api<TicketWithEvents>(server.url, 'GET', `/tickets/${elderly.id}`, {
    token: token1,
  });
  expect(history.body.ok && history.body.data.events.map((event) => event.type)).toEqual([
    'issued',
    'called',
    'recalled',
    'serving',
    'done',
  ]);
  if (history.body.ok) {
    history.body.data.events.slice(1).forEach((event) => {
      expect(event).toMatchObject({ actor: 'can-bo-1', counterId: 'quay-1' });
      expect(Date.parse(event.at)).not.toBeNaN();
    });
  }
});

test('transfer keeps the number and the place; return, call out of order, cancel', async () => {
  const older = await issue('chung-thuc');
  const moving = await issue('ho-tich');
  const later = await issue('chung-thuc');

  expect(
    (await ask<Call>(officer1, 'counter:call-next', { counterId: 'quay-1' })).data?.ticketId,
  ).toBe(moving.id);
  const transferred = await ask<Ticket>(officer1, 'counter:transfer', {
    counterId: 'quay-1',
    toServiceId: 'chung-thuc',
  });
  expect(transferred).toMatchObject({
    ok: true,
    data: { number: moving.number, serviceId: 'chung-thuc', state: 'waiting' },
  });

  // Quầy 3 serves chung-thuc: the transferred ticket keeps its arrival place, after `older`, before `later`.
  expect(await ask(officer2, 'counter:open', { counterId: 'quay-3' })).toMatchObject({ ok: true });
  const order: string[] = [];
  for (let index = 0; index < 3; index += 1) {
    const call = await ask<Call>(officer2, 'counter:call-next', { counterId: 'quay-3' });
    order.push(call.data?.ticketNumber ?? 'none');
    if (index === 0) {
      // Return the first to the queue: it keeps its place and is called again next.
      expect(await ask(officer2, 'counter:return', { counterId: 'quay-3' })).toMatchObject({
        ok: true,
        data: { state: 'waiting' },
      });
    } else {
      expect(await ask(officer2, 'counter:finish', { counterId: 'quay-3' })).toMatchObject({
        ok: true,
      });
    }
  }
  expect(order).toEqual([older.number, older.number, moving.number]);

  // Out of order: quầy 2 (ho-tich, chung-thuc) calls `later` by choice; then nobody waits.
  const chosen = await ask<Call>(officer1, 'counter:call-ticket', {
    counterId: 'quay-2',
    ticketId: later.id,
  });
  expect(chosen).toMatchObject({ ok: false, error: { code: 'counter-busy' } });
  expect(await ask(officer1, 'counter:close', { counterId: 'quay-1' })).toMatchObject({ ok: true });
  expect(
    await ask<Call>(officer1, 'counter:call-ticket', { counterId: 'quay-2', ticketId: later.id }),
  ).toMatchObject({ ok: true, data: { ticketNumber: later.number, counterId: 'quay-2' } });

  const cancelled = await issue('ho-tich');
  expect(
    await ask(officer1, 'ticket:cancel', { ticketId: cancelled.id, reason: 'đi nhầm' }),
  ).toMatchObject({
    ok: true,
    data: { state: 'cancelled' },
  });
  expect(await ask(officer1, 'ticket:cancel', { ticketId: cancelled.id })).toMatchObject({
    ok: false,
    error: {
      code: 'invalid-transition',
      message: `Không thể hủy: phiếu ${cancelled.number} đã bị hủy (ticket is cancelled)`,
    },
  });
});

test('a paused counter takes no calls; a reconnecting officer gets his counter back', async () => {
  await issue('ho-tich');
  expect(
    await ask(officer1, 'counter:pause', { counterId: 'quay-2', reason: 'Nghỉ giữa ca' }),
  ).toMatchObject({
    ok: true,
    data: { state: 'paused', reason: 'Nghỉ giữa ca' },
  });
  expect(await ask(officer1, 'counter:call-next', { counterId: 'quay-2' })).toMatchObject({
    ok: false,
    error: { code: 'counter-paused' },
  });
  expect(await ask(officer1, 'counter:open', { counterId: 'quay-2' })).toMatchObject({
    ok: true,
    data: { state: 'open' },
  });
  const called = await ask<Call>(officer1, 'counter:call-next', { counterId: 'quay-2' });
  expect(called.ok).toBe(true);

  officer1.close();
  const { socket: again, payload: view } = await connectAndReceive<CounterView>(
    server.url,
    '/counter',
    { deviceId: 'counter-pc-1', token: token1 },
    'counter:view',
    (candidate) => candidate.counterId === 'quay-2',
  );
  sockets.push(again);
  expect(view).toMatchObject({
    state: 'open',
    heldBy: 'can-bo-1',
    current: { id: called.data?.ticketId },
  });

  // A display that reconnects gets the latest calls at once.
  display.close();
  const displayToken = await pairDevice(server.url, { deviceId: 'display-1', role: 'display' });
  const { socket: lateDisplay, payload: recent } = await connectAndReceive<Call[]>(
    server.url,
    '/display',
    { deviceId: 'display-1', token: displayToken },
    'calls:recent',
  );
  sockets.push(lateDisplay);
  expect(recent[0]?.ticketId).toBe(called.data?.ticketId);
});

test('REST mirrors the counter events and lists the day by state', async () => {
  const officer3 = (await signIn(server.url, { username: 'can-bo-3', password: 'canbo-demo' }))
    .token;
  const ticket = await issue('dat-dai');
  const call = await api<Call>(server.url, 'POST', '/counters/quay-4/call-next', {
    token: officer3,
  });
  expect(call.status).toBe(200);
  expect(call.body.ok && call.body.data.ticketId).toBe(ticket.id);
  for (const step of ['start', 'finish']) {
    const reply = await api<Ticket>(server.url, 'POST', `/counters/quay-4/${step}`, {
      token: officer3,
    });
    expect(reply.status).toBe(200);
  }
  const done = await api<Ticket[]>(server.url, 'GET', '/tickets?state=done', { token: officer3 });
  expect(done.body.ok && done.body.data.map((entry) => entry.id)).toContain(ticket.id);
  const view = await api<CounterView>(server.url, 'GET', '/counters/quay-4', { token: officer3 });
  expect(view.body).toMatchObject({
    ok: true,
    data: { state: 'open', heldBy: 'can-bo-3', current: null },
  });
  const transfer = await api(server.url, 'POST', '/counters/quay-4/transfer', {
    token: officer3,
    body: {},
  });
  expect(transfer.status).toBe(400);
});

test('a counter view lists a screenful of the queue and counts everyone waiting', async () => {
  const officer3 = (await signIn(server.url, { username: 'can-bo-3', password: 'canbo-demo' }))
    .token;
  const viewOf = async (): Promise<CounterView> => {
    const reply = await api<CounterView>(server.url, 'GET', '/counters/quay-4', {
      token: officer3,
    });
    if (!reply.body.ok) throw new Error(JSON.stringify(reply.body));
    return reply.body.data;
  };
  const before = await viewOf();
  const issued: Ticket[] = [];
  for (let index = 0; index < 22; index += 1) issued.push(await issue('tra-ket-qua'));
  const after = await viewOf();
  expect(after.waitingCount).toBe(before.waitingCount + 22);
  expect(after.waiting).toHaveLength(20);
  // The first in line are listed, in arrival order; the last to arrive is beyond the screenful.
  const arrivals = after.waiting.map((ticket) => ticket.issuedAt);
  expect(arrivals).toEqual([...arrivals].sort());
  expect(after.waiting.map((ticket) => ticket.id)).not.toContain(issued.at(-1)?.id);
});

test('a kiosk checks an appointment in over its socket and gets a priority ticket', async () => {
  const supervisor = (await signIn(server.url, demoAccounts.supervisor)).token;
  const booked = await api<{ code: string }>(server.url, 'POST', '/appointments', {
    token: supervisor,
    body: {
      serviceId: 'ho-tich',
      slotStart: new Date(Date.now() + 5 * 60_000).toISOString(),
      citizenName: 'Trần Văn Đức',
    },
  });
  if (!booked.body.ok) throw new Error('booking refused');
  const checkedIn = await ask<{ issued: IssuedTicket }>(kiosk, 'appointment:check-in', {
    code: booked.body.data.code,
  });
  expect(checkedIn).toMatchObject({
    ok: true,
    data: { issued: { ticket: { priorityCategoryId: 'lich-hen', issuedBy: 'kiosk-1' } } },
  });
  expect(await ask(kiosk, 'appointment:check-in', { code: booked.body.data.code })).toMatchObject({
    ok: false,
    error: { code: 'appointment-used' },
  });
  expect(await ask(kiosk, 'appointment:check-in', { code: 'bad' })).toMatchObject({
    ok: false,
    error: { code: 'bad-request' },
  });
});

test("a kiosk ticket's print job names its priority group, for the officer who checks it", async () => {
  const priority = await issue('ho-tich', { priorityCategoryId: 'nguoi-cao-tuoi' });
  const normal = await issue('ho-tich');
  const jobs = await api<Array<{ document: { kind: string; ticketNumber?: string } }>>(
    server.url,
    'GET',
    '/print-jobs?deviceId=kiosk-1&limit=20',
    { token: token1 },
  );
  if (!jobs.body.ok) throw new Error(jobs.body.error.message);
  const documentOf = (number: string) =>
    jobs.body.ok
      ? jobs.body.data.find((job) => job.document.ticketNumber === number)?.document
      : undefined;
  expect(documentOf(priority.number)).toMatchObject({ priorityName: 'Người cao tuổi' });
  expect(documentOf(normal.number)).not.toHaveProperty('priorityName');
});

import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { Appointment, CheckInResult, IssuedTicket } from '@openops/protocol';
import { startQueueServer, type QueueServerProcess } from '../support/queue-server-process';
import { api, demoAccounts, signIn } from '../support/server-auth';
import { repoRoot } from '../support/repo-paths';

/**
 * Numbering, limits, opening hours, the wait estimate and appointments on a demo centre whose
 * configuration the test edits between restarts, as an admin would.
 */
let server: QueueServerProcess;

const hoChiMinhHour = (): number =>
  Number(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Ho_Chi_Minh',
      hour: '2-digit',
      hourCycle: 'h23',
    }).format(new Date()),
  );

const issue = (serviceId: string) =>
  api<IssuedTicket>(server.url, 'POST', '/tickets', { body: { serviceId } });

test.beforeAll(async () => {
  const first = await startQueueServer({ logName: 'server-numbering' });
  await first.stop();
  const file = path.join(first.dataDir, 'centre.json');
  const config = JSON.parse(readFileSync(file, 'utf8')) as {
    services: Array<{ id: string; dailyLimit: number | null; openingHours?: unknown }>;
  };
  // A window twelve hours away from now, local time: closed whenever the test runs.
  const hour = String((hoChiMinhHour() + 12) % 24).padStart(2, '0');
  config.services.forEach((service) => {
    if (service.id === 'dat-dai') service.dailyLimit = 2;
    if (service.id === 'tra-ket-qua') {
      service.openingHours = [
        { weekdays: [1, 2, 3, 4, 5, 6, 7], from: `${hour}:00`, to: `${hour}:30` },
      ];
    }
  });
  writeFileSync(file, JSON.stringify(config, null, 2));
  server = await startQueueServer({ dataDir: first.dataDir, logName: 'server-numbering' });
});
test.afterAll(async () => {
  await server?.stop();
});

test('the daily limit is refused clearly', async () => {
  expect((await issue('dat-dai')).body).toMatchObject({
    ok: true,
    data: { ticket: { number: 'C001' } },
  });
  expect((await issue('dat-dai')).body).toMatchObject({
    ok: true,
    data: { ticket: { number: 'C002' } },
  });
  const refused = await issue('dat-dai');
  expect(refused.status).toBe(422);
  expect(refused.body).toMatchObject({ ok: false, error: { code: 'daily-limit-reached' } });
  expect(refused.body.ok ? '' : refused.body.error.message).toContain('hết số');
});

test('a service outside its opening hours refuses tickets', async () => {
  const refused = await issue('tra-ket-qua');
  expect(refused).toMatchObject({ status: 422, body: { error: { code: 'service-closed' } } });
});

test('numbers continue after a restart, and each ticket carries its wait estimate', async () => {
  const before = await issue('ho-tich');
  await server.stop();
  server = await startQueueServer({ dataDir: server.dataDir, logName: 'server-numbering' });
  const after = await issue('ho-tich');
  const third = await issue('ho-tich');
  if (!before.body.ok || !after.body.ok || !third.body.ok) throw new Error('issue refused');
  expect(after.body.data.ticket.sequence).toBe(before.body.data.ticket.sequence + 1);
  expect(after.body.data.ticket.number).toBe(
    `A${String(before.body.data.ticket.sequence + 1).padStart(3, '0')}`,
  );
  // Hộ tịch: 6 minutes per citizen (no history yet); quầy 1 serves it alone, quầy 2 two turns in three.
  expect(third.body.data.peopleAhead).toBe(2);
  expect(third.body.data.estimatedWaitMinutes).toBe(Math.round((2 * 6) / (1 + 2 / 3)));
});

test('people ahead follow the calling policy, on the slip and in a later lookup', async () => {
  const issueInto = async (body: { serviceId: string; priorityCategoryId?: string }) => {
    const reply = await api<IssuedTicket>(server.url, 'POST', '/tickets', { body });
    if (!reply.body.ok) throw new Error(reply.body.error.message);
    return reply.body.data;
  };
  const normals = [];
  for (let index = 0; index < 5; index += 1)
    normals.push(await issueInto({ serviceId: 'ho-tich' }));
  const normalsWaiting = (normals.at(-1)?.peopleAhead ?? Number.NaN) + 1;
  expect(normalsWaiting).toBeGreaterThanOrEqual(5);

  // Alternate 3 : 1 (the demo's policy): at most three normal calls before the first priority one.
  const elderly = await issueInto({ serviceId: 'ho-tich', priorityCategoryId: 'nguoi-cao-tuoi' });
  expect(elderly.peopleAhead).toBe(3);
  expect(elderly.estimatedWaitMinutes).toBeLessThan(normals.at(-1)?.estimatedWaitMinutes ?? 0);

  // A normal ticket after it waits for every normal one and for the priority one.
  const after = await issueInto({ serviceId: 'ho-tich' });
  expect(after.peopleAhead).toBe(normalsWaiting + 1);
  const lookup = await api<{ position: { peopleAhead: number } | null }>(
    server.url,
    'GET',
    `/tickets/${after.ticket.id}`,
  );
  expect(lookup.body).toMatchObject({
    ok: true,
    data: { position: { peopleAhead: after.peopleAhead } },
  });
});

test('appointments: booked by the portal, checked in by code inside the window only', async () => {
  const supervisor = (await signIn(server.url, demoAccounts.supervisor)).token;
  const book = (minutesFromNow: number) =>
    api<Appointment>(server.url, 'POST', '/appointments', {
      token: supervisor,
      body: {
        serviceId: 'chung-thuc',
        slotStart: new Date(Date.now() + minutesFromNow * 60_000).toISOString(),
        citizenName: 'Nguyễn Thị Hồng Nhung',
        phone: '0912345678',
      },
    });
  const soon = await book(10);
  const later = await book(180);
  // A slot whose check-in window (15 minutes after it) has closed is refused, the field named.
  expect(await book(-20)).toMatchObject({
    status: 400,
    body: { ok: false, error: { code: 'bad-request', issues: [{ path: 'slotStart' }] } },
  });
  expect(soon.status).toBe(201);
  if (!soon.body.ok || !later.body.ok) throw new Error('booking refused');
  expect(soon.body.data.citizenName).toBe('Nguyễn Thị Hồng Nhung');
  expect(soon.body.data.code).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);

  const checkIn = (code: string) =>
    api<CheckInResult>(server.url, 'POST', '/appointments/check-in', { body: { code } });
  const done = await checkIn(soon.body.data.code.toLowerCase());
  expect(done.status).toBe(201);
  expect(done.body).toMatchObject({
    ok: true,
    data: {
      appointment: { state: 'checked-in' },
      issued: { ticket: { serviceId: 'chung-thuc', priorityCategoryId: 'lich-hen' } },
    },
  });
  expect((await checkIn(soon.body.data.code)).body).toMatchObject({
    ok: false,
    error: { code: 'appointment-used' },
  });
  expect(await checkIn(later.body.data.code)).toMatchObject({
    status: 422,
    body: { error: { code: 'outside-check-in-window' } },
  });
  expect((await checkIn('ZZZZZZZZ')).status).toBe(404);
  expect((await checkIn('0O1')).status).toBe(400);

  // The portal cancels a booking once; a used or cancelled one is refused in words.
  const cancel = (id: string) =>
    api<Appointment>(server.url, 'POST', `/appointments/${id}/cancel`, { token: supervisor });
  expect((await cancel(later.body.data.id)).body).toMatchObject({
    ok: true,
    data: { state: 'cancelled' },
  });
  expect(await cancel(later.body.data.id)).toMatchObject({
    status: 409,
    body: { error: { message: 'Lịch hẹn này đã được hủy trước đó (already cancelled)' } },
  });
  expect(await cancel(soon.body.data.id)).toMatchObject({
    status: 409,
    body: {
      error: {
        message: 'Không thể hủy: công dân đã đến và lấy số theo lịch hẹn này (already checked in)',
      },
    },
  });
  // The list is by the centre's local day; "in 10 minutes" may already be tomorrow there.
  const slotDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(
    new Date(soon.body.data.slotStart),
  );
  const listed = await api<Appointment[]>(server.url, 'GET', `/appointments?day=${slotDay}`, {
    token: supervisor,
  });
  expect(listed.body.ok && listed.body.data.map((appointment) => appointment.code)).toContain(
    soon.body.data.code,
  );
});

test('a configuration naming an unknown service stops start-up with the path and reason', async () => {
  const file = path.join(server.dataDir, 'centre.json');
  await server.stop();
  const config = JSON.parse(readFileSync(file, 'utf8')) as {
    counters: Array<{ weights?: Record<string, number> }>;
  };
  const [firstCounter] = config.counters;
  if (firstCounter) firstCounter.weights = { 'khong-co': 2 };
  writeFileSync(file, JSON.stringify(config));
  await expect(
    startQueueServer({ dataDir: server.dataDir, logName: 'server-numbering-broken' }),
  ).rejects.toThrow(/exited with code 1/);
  const log = readFileSync(
    path.join(repoRoot, 'test', 'test-results', 'logs', 'server-numbering-broken.log'),
    'utf8',
  );
  expect(log).toContain('counters.0.weights.khong-co');
  expect(log).toContain(file);
});

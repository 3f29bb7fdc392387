import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type {
  Appointment,
  Dossier,
  DossierWithHistory,
  IssuedTicket,
  Ticket,
  TicketLookup,
} from '@openops/protocol';
import { startQueueServer, type QueueServerProcess } from '../support/queue-server-process';
import { api, demoAccounts, pairDevice, signIn } from '../support/server-auth';
import { birthRegistration } from '../support/sync-centre';

/**
 * Review findings against a secure server (as in a real centre): what a supervisor may do to
 * officers' accounts, what a ticket's public lookup shows, that a paired counter PC is no
 * officer over REST, who dossiers record, and bookings sent twice.
 */
test.describe.configure({ mode: 'serial' });

let server: QueueServerProcess;
let admin: string;
let supervisor: string;
let officer: string;
let counterPc: string;

test.beforeAll(async () => {
  server = await startQueueServer({ secure: true, logName: 'server-review-fixes' });
  admin = (await signIn(server.url, demoAccounts.admin)).token;
  supervisor = (await signIn(server.url, demoAccounts.supervisor)).token;
  officer = (await signIn(server.url, demoAccounts.officer1)).token;
  counterPc = await pairDevice(server.url, { deviceId: 'counter-pc-1', role: 'counter' }, admin);
});

test.afterAll(async () => {
  await server?.stop();
});

type OfficerRow = {
  id: string;
  username: string;
  name: string;
  roles: string[];
  counterIds?: string[];
  disabled?: boolean;
  password?: string;
};

const officersOnDisk = (): Array<{ id: string; passwordHash: string; roles: string[] }> =>
  (
    JSON.parse(readFileSync(path.join(server.dataDir, 'centre.json'), 'utf8')) as {
      officers: Array<{ id: string; passwordHash: string; roles: string[] }>;
    }
  ).officers;

const officersNow = async (): Promise<OfficerRow[]> => {
  const reply = await api<{ officers: OfficerRow[] }>(server.url, 'GET', '/config', {
    token: admin,
  });
  if (!reply.body.ok) throw new Error(reply.body.error.message);
  return reply.body.data.officers;
};

const putOfficers = (token: string, officers: readonly OfficerRow[]) =>
  api<{ officers: OfficerRow[] }>(server.url, 'PUT', '/config/officers', {
    token,
    body: officers,
  });

/** The list with the officer `id` changed by `change`. */
const edited = (
  officers: readonly OfficerRow[],
  id: string,
  change: Partial<OfficerRow>,
): OfficerRow[] => officers.map((row) => (row.id === id ? { ...row, ...change } : row));

const issue = async (token: string, body: Record<string, unknown>): Promise<Ticket> => {
  const reply = await api<IssuedTicket>(server.url, 'POST', '/tickets', { token, body });
  if (!reply.body.ok) throw new Error(`no ticket: ${reply.body.error.code}`);
  return reply.body.data.ticket;
};

test('officers: a supervisor manages counter officers but cannot make an admin or take over an account', async () => {
  const before = await officersNow();
  const at = (id: string): number => before.findIndex((row) => row.id === id);
  const adminHash = officersOnDisk().find((row) => row.id === 'admin')?.passwordHash;

  const refusals: Array<[string, OfficerRow[], string]> = [
    [
      'grant themselves admin',
      edited(before, 'giam-sat', { roles: ['supervisor', 'counter', 'admin'] }),
      `${at('giam-sat')}.roles`,
    ],
    [
      "set the admin's password",
      edited(before, 'admin', { password: 'chiem-quyen-admin' }),
      `${at('admin')}.password`,
    ],
    ['disable the admin', edited(before, 'admin', { disabled: true }), `${at('admin')}.disabled`],
    ['remove the admin', before.filter((row) => row.id !== 'admin'), 'admin'],
    [
      "set a counter officer's password",
      edited(before, 'can-bo-2', { password: 'mat-khau-cua-toi' }),
      `${at('can-bo-2')}.password`,
    ],
    [
      'create an admin',
      [
        ...before,
        {
          id: 'quan-tri-2',
          username: 'quan-tri-2',
          name: 'X',
          roles: ['admin'],
          password: 'a'.repeat(8),
        },
      ],
      `${before.length}.roles`,
    ],
  ];
  for (const [what, body, issuePath] of refusals) {
    const refused = await putOfficers(supervisor, body);
    expect(refused, what).toMatchObject({
      status: 403,
      body: { ok: false, error: { code: 'forbidden', issues: [{ path: issuePath }] } },
    });
  }
  // Nothing of it was written: the admin keeps the password and the role.
  expect(officersOnDisk().find((row) => row.id === 'admin')?.passwordHash).toBe(adminHash);
  expect(officersOnDisk().find((row) => row.id === 'giam-sat')?.roles).not.toContain('admin');
  await signIn(server.url, demoAccounts.admin);

  // What a supervisor does every day: a new counter officer with a password and counters...
  const newcomer: OfficerRow = {
    id: 'can-bo-9',
    username: 'can-bo-9',
    name: 'Hồ Thị Yến',
    roles: ['counter'],
    counterIds: ['quay-1'],
    password: 'mat-khau-yen-1',
  };
  expect((await putOfficers(supervisor, [...before, newcomer])).status).toBe(200);
  expect(
    (await signIn(server.url, { username: 'can-bo-9', password: 'mat-khau-yen-1' })).officer,
  ).toMatchObject({ id: 'can-bo-9', counterIds: ['quay-1'] });
  // ...other counters, and disabled when she leaves.
  const moved = await putOfficers(supervisor, [
    ...before,
    { ...newcomer, password: undefined, counterIds: ['quay-1', 'quay-2'], disabled: true },
  ]);
  expect(moved.status).toBe(200);
  const signInRefused = await api(server.url, 'POST', '/sessions', {
    body: { username: 'can-bo-9', password: 'mat-khau-yen-1' },
  });
  expect(signInRefused.status).toBe(401);

  // An admin may set anyone's password.
  const now = await officersNow();
  expect(
    (await putOfficers(admin, edited(now, 'can-bo-3', { password: 'mat-khau-moi-3' }))).status,
  ).toBe(200);
  await signIn(server.url, { username: 'can-bo-3', password: 'mat-khau-moi-3' });
});

test('a ticket looked up without an officer session shows its number and place, not who acted or why', async () => {
  const reason = 'Khiếm thị, đi cùng người nhà';
  const ticket = await issue(supervisor, {
    serviceId: 'chung-thuc',
    priorityCategoryId: 'khuyet-tat',
    priorityReason: reason,
  });
  const kiosk = await pairDevice(server.url, { deviceId: 'kiosk-1', role: 'kiosk' }, admin);
  const display = await pairDevice(server.url, { deviceId: 'display-1', role: 'display' }, admin);

  for (const [who, token] of [
    ['nobody', undefined],
    ['a kiosk', kiosk],
    ['a display', display],
    ['a counter PC', counterPc],
  ] as const) {
    const reply = await api<TicketLookup>(server.url, 'GET', `/tickets/${ticket.id}`, {
      ...(token ? { token } : {}),
    });
    expect(reply.status, who).toBe(200);
    if (!reply.body.ok) throw new Error(who);
    const { data } = reply.body;
    expect(data.ticket, who).toMatchObject({
      number: ticket.number,
      serviceId: 'chung-thuc',
      state: 'waiting',
      priorityCategoryId: null,
      issuedBy: null,
    });
    expect(data.position?.peopleAhead, who).toEqual(expect.any(Number));
    expect(data.events, who).toEqual([
      { type: 'issued', actor: null, counterId: null, at: expect.any(String), detail: null },
    ]);
    const text = JSON.stringify(data);
    for (const secret of ['Khiếm thị', 'khuyet-tat', 'giam-sat']) {
      expect(text, `${who} reads ${secret}`).not.toContain(secret);
    }
  }

  // Officers keep the whole record.
  const full = await api<TicketLookup>(server.url, 'GET', `/tickets/${ticket.id}`, {
    token: officer,
  });
  expect(full.body).toMatchObject({
    ok: true,
    data: {
      ticket: { priorityCategoryId: 'khuyet-tat', issuedBy: 'giam-sat' },
      events: [{ type: 'issued', actor: 'giam-sat', detail: expect.stringContaining(reason) }],
    },
  });

  // A cancelled ticket's reason is the officer's note, not the public's.
  const cancelled = await issue(supervisor, { serviceId: 'chung-thuc' });
  const cancelReason = 'Công dân mang thai, mệt, xin về';
  expect(
    (
      await api(server.url, 'POST', `/tickets/${cancelled.id}/cancel`, {
        token: supervisor,
        body: { reason: cancelReason },
      })
    ).status,
  ).toBe(200);
  const after = await api<TicketLookup>(server.url, 'GET', `/tickets/${cancelled.id}`);
  expect(after.body).toMatchObject({ ok: true, data: { ticket: { state: 'cancelled' } } });
  expect(JSON.stringify(after.body)).not.toContain('mang thai');

  const document = (await (await fetch(`${server.url}/api/v1/openapi.json`)).json()) as {
    paths: Record<string, Record<string, { summary: string }>>;
  };
  expect(document.paths['/tickets/{ticketId}']?.get?.summary).toContain('public view');
});

test('a paired counter PC is no officer over REST: no cancel, no counter work, no lists', async () => {
  const waiting = await issue(officer, { serviceId: 'chung-thuc' });
  const cancel = await api(server.url, 'POST', `/tickets/${waiting.id}/cancel`, {
    token: counterPc,
    body: { reason: 'thử' },
  });
  expect(cancel).toMatchObject({ status: 403, body: { ok: false, error: { code: 'forbidden' } } });
  const still = await api<TicketLookup>(server.url, 'GET', `/tickets/${waiting.id}`);
  expect(still.body).toMatchObject({ ok: true, data: { ticket: { state: 'waiting' } } });

  const officersOnly: Array<['GET' | 'POST', string]> = [
    ['GET', '/tickets'],
    ['GET', '/counters/quay-3'],
    ['POST', '/counters/quay-3/open'],
    ['POST', '/counters/quay-3/call-next'],
    ['GET', '/dossiers'],
    ['GET', '/appointments'],
  ];
  for (const [method, route] of officersOnly) {
    const reply = await api(server.url, method, route, {
      token: counterPc,
      ...(method === 'POST' ? { body: {} } : {}),
    });
    expect(reply, `${method} ${route}`).toMatchObject({
      status: 403,
      body: { error: { code: 'forbidden' } },
    });
  }
  const document = (await (await fetch(`${server.url}/api/v1/openapi.json`)).json()) as {
    paths: Record<string, Record<string, Record<string, unknown>>>;
  };
  expect(document.paths['/tickets/{ticketId}/cancel']?.post?.['x-officer-session']).toBe(true);

  // The officer, signed in, still does it.
  expect(
    await api(server.url, 'POST', `/tickets/${waiting.id}/cancel`, { token: officer, body: {} }),
  ).toMatchObject({ status: 200, body: { ok: true, data: { state: 'cancelled' } } });
});

test("dossiers over REST record the signed-in officer and the account's name, not the body's", async () => {
  const received = await api<Dossier>(server.url, 'POST', '/dossiers', {
    token: officer,
    body: birthRegistration('Trần Thị Giám Sát'),
  });
  expect(received).toMatchObject({ status: 201, body: { ok: true } });
  if (!received.body.ok) return;
  const { code } = received.body.data;
  // can-bo-1's account name, whom the per-officer report counts it for.
  expect(received.body.data.officerName).toBe('Nguyễn Văn An');

  expect(
    (await api(server.url, 'POST', `/dossiers/${code}/processed`, { token: officer })).status,
  ).toBe(200);
  const history = await api<DossierWithHistory>(server.url, 'GET', `/dossiers/${code}`, {
    token: supervisor,
  });
  expect(history.body.ok && history.body.data.history.at(-1)).toMatchObject({
    status: 9,
    actor: 'can-bo-1',
  });
  expect(
    (await api(server.url, 'POST', `/dossiers/${code}/returned`, { token: counterPc })).status,
  ).toBe(403);
});

test('a booking sent again with the same externalRef answers the first booking; another slot under it is a conflict', async () => {
  const booking = {
    serviceId: 'ho-tich',
    slotStart: new Date(Date.now() + 60 * 60_000).toISOString(),
    citizenName: 'Đặng Thị Hoa',
    phone: '0912345678',
    externalRef: 'cong-dich-vu-000777',
  };
  const book = (body: Record<string, unknown>) =>
    api<Appointment>(server.url, 'POST', '/appointments', { token: supervisor, body });

  const first = await book(booking);
  expect(first.status).toBe(201);
  if (!first.body.ok) return;
  const again = await book(booking);
  expect(again).toMatchObject({
    status: 200,
    body: { ok: true, data: { id: first.body.data.id, code: first.body.data.code } },
  });
  const moved = await book({
    ...booking,
    slotStart: new Date(Date.parse(booking.slotStart) + 30 * 60_000).toISOString(),
  });
  expect(moved).toMatchObject({
    status: 409,
    body: { ok: false, error: { code: 'conflict', issues: [{ path: 'externalRef' }] } },
  });
  const slotDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(
    Date.parse(booking.slotStart),
  );
  const listed = await api<Appointment[]>(server.url, 'GET', `/appointments?day=${slotDay}`, {
    token: officer,
  });
  expect(
    listed.body.ok && listed.body.data.filter((entry) => entry.externalRef === booking.externalRef),
  ).toHaveLength(1);

  // Cancelled, the reference may book again: a new booking, a new code.
  expect(
    (
      await api(server.url, 'POST', `/appointments/${first.body.data.id}/cancel`, {
        token: supervisor,
      })
    ).status,
  ).toBe(200);
  const rebooked = await book(booking);
  expect(rebooked.status).toBe(201);
  expect(rebooked.body.ok && rebooked.body.data.code).not.toBe(first.body.data.code);
});

import { expect, test } from '@playwright/test';
import type { Appointment, EditableConfig, IssuedTicket } from '@openops/protocol';
import { startQueueServer, type QueueServerProcess } from '../support/queue-server-process';
import { api, demoAccounts, signIn } from '../support/server-auth';

/**
 * Configuration edits that would leave the running day stuck are refused with `conflict`, the
 * refusal naming what holds them: an officer holding a counter (disabled, removed, taken off
 * it), a service citizens wait for (taken off every counter), a service citizens are booked for
 * (deleted). Once the day lets go, the same edit is accepted. A real server requiring sign-in.
 */
let server: QueueServerProcess;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  server = await startQueueServer({ secure: true, logName: 'supervisor-config-in-use-server' });
});

test.afterAll(async () => {
  await server?.stop();
});

type Refusal = { code: string; message: string; issues?: Array<{ path: string }> };

const supervisorToken = async (): Promise<string> =>
  (await signIn(server.url, demoAccounts.supervisor)).token;

const readConfig = async (token: string): Promise<EditableConfig> => {
  const reply = await api<EditableConfig>(server.url, 'GET', '/config', { token });
  if (!reply.body.ok) throw new Error(reply.body.error.message);
  return reply.body.data;
};

/** PUTs a section; resolves with the status and the refusal, if any. */
const put = async (
  token: string,
  section: string,
  body: unknown,
): Promise<{ status: number; refusal: Refusal | null }> => {
  const reply = await api(server.url, 'PUT', `/config/${section}`, { token, body });
  return {
    status: reply.status,
    refusal: reply.body.ok ? null : (reply.body.error as Refusal),
  };
};

const issue = async (token: string, serviceId: string): Promise<string> => {
  const reply = await api<IssuedTicket>(server.url, 'POST', '/tickets', {
    token,
    body: { serviceId },
  });
  if (!reply.body.ok) throw new Error(reply.body.error.message);
  return reply.body.data.ticket.id;
};

test('an officer holding a counter is not disabled, removed or taken off it', async () => {
  const supervisor = await supervisorToken();
  const officer = await signIn(server.url, demoAccounts.officer2);
  const { officers } = await readConfig(supervisor);
  const index = officers.findIndex((row) => row.id === officer.officer.id);
  const row = officers[index];
  if (!row) throw new Error('the demo centre has can-bo-2');
  const withRow = (changed: typeof row | null) =>
    officers.flatMap((entry) => (entry.id !== row.id ? [entry] : changed ? [changed] : []));

  const ticketId = await issue(supervisor, 'ho-tich');
  const counter = '/counters/quay-2';
  expect((await api(server.url, 'POST', `${counter}/open`, { token: officer.token })).status).toBe(
    200,
  );
  const called = await api(server.url, 'POST', `${counter}/call-ticket`, {
    token: officer.token,
    body: { ticketId },
  });
  expect(called.status).toBe(200);

  const edits = [
    { body: withRow({ ...row, disabled: true }), path: `${index}.disabled` },
    { body: withRow(null), path: row.id },
    { body: withRow({ ...row, counterIds: ['quay-1'] }), path: `${index}.counterIds` },
  ];
  for (const edit of edits) {
    const refused = await put(supervisor, 'officers', edit.body);
    expect(refused.status, edit.path).toBe(409);
    expect(refused.refusal?.code).toBe('conflict');
    expect(refused.refusal?.message).toContain(`${row.name} (${row.id}) giữ Quầy 2, đang mở`);
    expect(refused.refusal?.issues?.map((issue) => issue.path)).toEqual([edit.path]);
  }
  // Renaming the officer, or giving them more counters, takes nothing away.
  const renamed = await put(
    supervisor,
    'officers',
    withRow({ ...row, name: `${row.name} A`, counterIds: ['quay-2', 'quay-1'] }),
  );
  expect(renamed.status).toBe(200);

  // The officer still works the counter: the citizen is served, the counter closed.
  for (const step of ['start', 'finish', 'close']) {
    const done = await api(server.url, 'POST', `${counter}/${step}`, { token: officer.token });
    expect(done.status, step).toBe(200);
  }
  // Now the account may be disabled, and enabled again.
  expect((await put(supervisor, 'officers', withRow({ ...row, disabled: true }))).status).toBe(200);
  expect((await put(supervisor, 'officers', officers)).status).toBe(200);
});

test('a service citizens wait for is not taken off every counter', async () => {
  const supervisor = await supervisorToken();
  const { counters, services } = await readConfig(supervisor);
  const serviceId = 'chung-thuc';
  const name = services.find((service) => service.id === serviceId)?.name ?? serviceId;
  const waiting = [await issue(supervisor, serviceId), await issue(supervisor, serviceId)];
  const without = (keepOn: string | null) =>
    counters.map((counter) => {
      if (counter.id === keepOn || !counter.serviceIds.includes(serviceId)) return counter;
      // A weight may only name a service the counter serves.
      const weights = Object.entries(counter.weights ?? {}).filter(([id]) => id !== serviceId);
      return {
        ...counter,
        serviceIds: counter.serviceIds.filter((id) => id !== serviceId),
        ...(counter.weights ? { weights: Object.fromEntries(weights) } : {}),
      };
    });

  const refused = await put(supervisor, 'counters', without(null));
  expect(refused.status).toBe(409);
  expect(refused.refusal?.code).toBe('conflict');
  expect(refused.refusal?.message).toContain(`${name} (2 số đang chờ)`);
  expect((await readConfig(supervisor)).counters).toEqual(counters);

  // Kept on one counter, the citizens are still called.
  expect((await put(supervisor, 'counters', without('quay-3'))).status).toBe(200);
  expect((await put(supervisor, 'counters', counters)).status).toBe(200);

  // Once nobody waits, the service may leave every counter.
  for (const ticketId of waiting) {
    const cancelled = await api(server.url, 'POST', `/tickets/${ticketId}/cancel`, {
      token: supervisor,
      body: {},
    });
    expect(cancelled.status).toBe(200);
  }
  expect((await put(supervisor, 'counters', without(null))).status).toBe(200);
  expect((await put(supervisor, 'counters', counters)).status).toBe(200);
});

test('a service citizens are booked for is not deleted', async () => {
  const supervisor = await supervisorToken();
  const { counters, services } = await readConfig(supervisor);
  const serviceId = 'tra-ket-qua';
  const name = services.find((service) => service.id === serviceId)?.name ?? serviceId;
  const booked = await api<Appointment>(server.url, 'POST', '/appointments', {
    token: supervisor,
    body: {
      serviceId,
      slotStart: new Date(Date.now() + 2 * 24 * 3_600_000).toISOString(),
      citizenName: 'Lê Thị Mai',
    },
  });
  if (!booked.body.ok) throw new Error(booked.body.error.message);
  const appointmentId = booked.body.data.id;

  // Off its counter first (nobody waits for it), so only the booking holds the service.
  const offCounters = counters.map((counter) => ({
    ...counter,
    serviceIds: counter.serviceIds.filter((id) => id !== serviceId),
  }));
  expect((await put(supervisor, 'counters', offCounters)).status).toBe(200);
  const fewer = services.filter((service) => service.id !== serviceId);
  const refused = await put(supervisor, 'services', fewer);
  expect(refused.status).toBe(409);
  expect(refused.refusal?.code).toBe('conflict');
  expect(refused.refusal?.message).toContain(`${name} (1 lịch hẹn chưa đến)`);

  // Its booking cancelled, the service may go (and come back).
  const cancelled = await api(server.url, 'POST', `/appointments/${appointmentId}/cancel`, {
    token: supervisor,
  });
  expect(cancelled.status).toBe(200);
  expect((await put(supervisor, 'services', fewer)).status).toBe(200);
  expect((await put(supervisor, 'services', services)).status).toBe(200);
  expect((await put(supervisor, 'counters', counters)).status).toBe(200);
});

import { expect, test } from '@playwright/test';
import { issueTicket, openCounterAs } from '../support/counter-session';
import { startQueueServer, type QueueServerProcess } from '../support/queue-server-process';
import { api, demoAccounts, signIn } from '../support/server-auth';

/**
 * A supervisor's configuration change reaches the counters already open: each counter's view
 * (its services, its queue) is sent again at once, not at the next change to the queue.
 */
let server: QueueServerProcess;

test.beforeAll(async () => {
  server = await startQueueServer({ logName: 'supervisor-config-push-server' });
});

test.afterAll(async () => {
  await server?.stop();
});

test("a counter's screen follows a supervisor's edit of its services at once", async ({
  page,
  request,
}) => {
  const supervisor = await signIn(server.url, demoAccounts.supervisor);
  type Listed = { id: string; serviceIds: string[] };
  const configured = await api<{ counters: Listed[] }>(server.url, 'GET', '/config', {
    token: supervisor.token,
  });
  if (!configured.body.ok) throw new Error('configuration unreadable');
  const counters = configured.body.data.counters;
  // Quầy 1 serves civil status only; a land ticket is not on its list.
  const land = await issueTicket(request, server.url, 'dat-dai');
  const counter = await openCounterAs(page, server.url, 1, 'Quầy 1');
  await expect(counter.waitingRow(land.number)).toHaveCount(0);

  const withLand = counters.map((entry) =>
    entry.id === 'quay-1' ? { ...entry, serviceIds: [...entry.serviceIds, 'dat-dai'] } : entry,
  );
  const edited = await api(server.url, 'PUT', '/config/counters', {
    token: supervisor.token,
    body: withLand,
  });
  expect(edited.status).toBe(200);
  // No reload, no other change to the queue: the edit alone sends the counter its new list.
  await expect(counter.waitingRow(land.number)).toBeVisible();

  const restored = await api(server.url, 'PUT', '/config/counters', {
    token: supervisor.token,
    body: counters,
  });
  expect(restored.status).toBe(200);
  await expect(counter.waitingRow(land.number)).toHaveCount(0);
});

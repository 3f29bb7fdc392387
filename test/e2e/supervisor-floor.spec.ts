import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { startAgentProcess } from '../support/agent-process';
import { startLoopbackPrinter, type LoopbackPrinter } from '../support/loopback-printer';
import { startQueueServer, type QueueServerProcess } from '../support/queue-server-process';
import { repoRoot } from '../support/repo-paths';
import { api, demoAccounts, signIn } from '../support/server-auth';
import type { SpawnedProcess } from '../support/spawned-process';
import { openSupervisor, tableRow } from '../support/supervisor-page';
import { connectSupervisor } from '../support/supervisor-socket';
import type { HandshakeRefusal } from '../support/server-sockets';

test.describe.configure({ mode: 'serial' });

const screens = path.join(repoRoot, 'test', 'test-results', 'screens');

let server: QueueServerProcess;
let printer: LoopbackPrinter;
let agent: SpawnedProcess;

test.beforeAll(async () => {
  mkdirSync(screens, { recursive: true });
  server = await startQueueServer({ logName: 'supervisor-floor-server' });
  printer = await startLoopbackPrinter();
  agent = await startAgentProcess({
    serverUrl: server.url,
    printerUri: printer.uri,
    device: 'kiosk-1',
    statusIntervalMs: 300,
  });
});

test.afterAll(async () => {
  await agent?.stop();
  await printer?.close();
  await server?.stop();
});

test('the floor shows counters, queues and devices, and a paper-out on the loopback printer reaches it within 2 s', async ({
  page,
}) => {
  // Two citizens wait for civil status, one counter opened by its officer serves another.
  for (let index = 0; index < 3; index += 1) {
    const issued = await api(server.url, 'POST', '/tickets', { body: { serviceId: 'ho-tich' } });
    expect(issued.body.ok).toBe(true);
  }
  const officer = await signIn(server.url, demoAccounts.officer1);
  const opened = await api(server.url, 'POST', '/counters/quay-1/open', { token: officer.token });
  expect(opened.body.ok).toBe(true);
  const called = await api<{ ticketNumber: string }>(
    server.url,
    'POST',
    '/counters/quay-1/call-next',
    {
      token: officer.token,
    },
  );
  expect(called.body.ok).toBe(true);

  await openSupervisor(page, server.url);
  const counter = tableRow(page, 'Trạng thái quầy', 'Quầy 1');
  await expect(counter).toContainText('Đang mở');
  await expect(counter).toContainText(officer.officer.name);
  await expect(counter).toContainText('A001 · Đang mời');
  await expect(tableRow(page, 'Trạng thái quầy', 'Quầy 2')).toContainText('Đóng');
  const queue = tableRow(page, 'Hàng chờ theo dịch vụ', 'Hộ tịch');
  await expect(queue.getByRole('cell').first()).toHaveText('2');
  await expect(queue).toContainText('A002');
  const printerRow = tableRow(page, 'Tình trạng thiết bị', 'kiosk-1/printer');
  await expect(printerRow).toContainText('Trực tuyến');
  await expect(page.getByRole('alert')).toHaveCount(0);

  printer.setFaults(['paper-out']);
  // The agent polls every 300 ms and the floor is pushed within 500 ms of a change.
  const alert = page
    .getByRole('alert')
    .filter({ hasText: 'Máy in Kiosk sảnh tầng 1 (kiosk-1): hết giấy' });
  await expect(alert).toBeVisible({ timeout: 2000 });
  await expect(printerRow).toContainText('Hết giấy');
  // Announced once: the alert is its own live region, inside none (an `aria-live` section
  // around it would have a screen reader read it a second time).
  const liveAround = await alert.evaluate((element) => {
    const live: string[] = [];
    for (let node = element.parentElement; node; node = node.parentElement) {
      const role = node.getAttribute('role') ?? '';
      if (node.hasAttribute('aria-live') || ['alert', 'status', 'log'].includes(role)) {
        live.push(node.getAttribute('aria-label') ?? node.tagName);
      }
    }
    return live;
  });
  expect(liveAround).toEqual([]);
  await page.screenshot({ path: path.join(screens, 'supervisor-floor.png'), fullPage: true });

  printer.setFaults([]);
  await expect(alert).toHaveCount(0, { timeout: 5000 });
  await expect(printerRow).toContainText('Trực tuyến');
});

test('only supervisors and admins see the floor: REST and socket refuse counter officers', async () => {
  const officer = await signIn(server.url, demoAccounts.officer2);
  const refused = await api(server.url, 'GET', '/floor', { token: officer.token });
  expect(refused.status).toBe(403);
  expect(refused.body.ok).toBe(false);
  const anonymous = await api(server.url, 'GET', '/floor');
  expect(anonymous.status).toBe(401);
  const supervisor = await signIn(server.url, demoAccounts.supervisor);
  const allowed = await api<{ counters: unknown[] }>(server.url, 'GET', '/floor', {
    token: supervisor.token,
  });
  expect(allowed.body.ok && allowed.body.data.counters.length).toBe(4);

  const refusal = await connectSupervisor(server.url, {
    deviceId: 'counter-pc-2',
    token: officer.token,
  }).then(
    ({ socket }) => {
      socket.close();
      return null;
    },
    (error: { data?: HandshakeRefusal }) => error.data ?? null,
  );
  expect(refusal?.code).toBe('forbidden');
  const watcher = await connectSupervisor(server.url, {
    deviceId: 'supervisor-1',
    token: supervisor.token,
  });
  expect(watcher.first).toMatchObject({ timeZone: 'Asia/Ho_Chi_Minh', waitAlertMinutes: 20 });
  watcher.socket.close();

  const openApi = (await (await fetch(`${server.url}/api/v1/openapi.json`)).json()) as {
    paths: Record<string, Record<string, { 'x-roles'?: string[] }>>;
  };
  expect(openApi.paths['/reports']?.get?.['x-roles']).toEqual(['supervisor', 'admin']);
  expect(Object.keys(openApi.paths['/config/{section}'] ?? {})).toEqual(['put']);
});

test('the wait threshold is validated, saved and audited with who changed it', async () => {
  const supervisor = await signIn(server.url, demoAccounts.supervisor);
  const put = (body: unknown) =>
    fetch(`${server.url}/api/v1/floor/settings`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${supervisor.token}` },
      body: JSON.stringify(body),
    });
  const bad = await put({ waitAlertMinutes: 0 });
  expect(bad.status).toBe(400);
  expect(
    ((await bad.json()) as { error: { issues: Array<{ path: string }> } }).error.issues[0]?.path,
  ).toBe('waitAlertMinutes');
  expect((await put({ waitAlertMinutes: 15 })).status).toBe(200);
  const audit = await api<Array<{ actor: string; section: string; summary: string }>>(
    server.url,
    'GET',
    '/audit',
    { token: supervisor.token },
  );
  expect(audit.body.ok && audit.body.data[0]).toMatchObject({
    actor: 'giam-sat',
    section: 'floor-settings',
    summary: 'ngưỡng chờ 20 → 15 phút',
  });
});

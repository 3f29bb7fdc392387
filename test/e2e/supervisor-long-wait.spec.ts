import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { startQueueServer, type QueueServerProcess } from '../support/queue-server-process';
import { api, demoAccounts, signIn } from '../support/server-auth';
import { openSupervisor } from '../support/supervisor-page';

/**
 * The long-wait alert on the supervisor's floor, against the real server: a citizen waiting
 * past the threshold raises it, a lower threshold saved in the form makes it critical (twice
 * the threshold), and calling the ticket clears it.
 */
let server: QueueServerProcess | undefined;

test.afterAll(async () => {
  await server?.stop();
});

test('a citizen waiting past the threshold raises an alert; the call clears it', async ({
  page,
}) => {
  const first = await startQueueServer({ logName: 'supervisor-long-wait' });
  for (let index = 0; index < 2; index += 1) {
    const issued = await api(first.url, 'POST', '/tickets', { body: { serviceId: 'ho-tich' } });
    expect(issued.body.ok).toBe(true);
  }
  await first.stop();
  // As if A001 had been taken 25 minutes ago; A002 has just been taken.
  const store = new Database(path.join(first.dataDir, 'queue.sqlite'));
  const longAgo = new Date(Date.now() - 25 * 60_000).toISOString();
  store
    .prepare(`UPDATE tickets SET issued_at = ?, queued_at = ? WHERE number = 'A001'`)
    .run(longAgo, longAgo);
  store.close();
  server = await startQueueServer({ dataDir: first.dataDir, logName: 'supervisor-long-wait' });

  await openSupervisor(page, server.url);
  const alerts = page.getByRole('region', { name: 'Cảnh báo' }).getByRole('alert');
  const warning = alerts.filter({
    hasText: /^Lưu ý: Hộ tịch: số A001 đã chờ 2[56] phút \(ngưỡng 20 phút\)/,
  });
  await expect(warning).toBeVisible();
  await expect(alerts).toHaveCount(1);

  const form = page.getByRole('form', { name: 'Ngưỡng cảnh báo chờ' });
  await form.getByLabel('Ngưỡng cảnh báo chờ (phút)').fill('10');
  await form.getByRole('button', { name: 'Lưu ngưỡng' }).click();
  await expect(form.getByRole('status')).toHaveText('Đã đặt ngưỡng 10 phút');
  await expect(
    alerts.filter({
      hasText: /^Nghiêm trọng: Hộ tịch: số A001 đã chờ 2[56] phút \(ngưỡng 10 phút\)/,
    }),
  ).toBeVisible();

  const officer = await signIn(server.url, demoAccounts.officer1);
  expect(
    (await api(server.url, 'POST', '/counters/quay-1/open', { token: officer.token })).body,
  ).toMatchObject({ ok: true });
  const called = await api<{ ticketNumber: string }>(
    server.url,
    'POST',
    '/counters/quay-1/call-next',
    { token: officer.token },
  );
  expect(called.body).toMatchObject({ ok: true, data: { ticketNumber: 'A001' } });
  // A002 has waited under a minute: nothing left to raise.
  await expect(alerts).toHaveCount(0);
  await expect(page.getByText('Không có cảnh báo (no alerts)')).toBeVisible();
});

import { cpSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { AuditEntry, Backup, BackupList, FloorView, IssuedTicket } from '@openops/protocol';
import { startQueueServer, type QueueServerProcess } from '../support/queue-server-process';
import { api, demoAccounts, signIn } from '../support/server-auth';
import { openSupervisor } from '../support/supervisor-page';
import { temporaryFolder } from '../support/temporary-folder';

/**
 * The queue server copies its store and configuration once a day without being asked, and on
 * a supervisor's request; a copy is a working centre: a server started on it has every ticket
 * and carries the numbering on.
 */
const servers: QueueServerProcess[] = [];

test.afterAll(async () => {
  for (const server of servers) await server.stop();
});

const start = async (dataDir?: string, args: string[] = []): Promise<QueueServerProcess> => {
  const server = await startQueueServer({
    logName: 'server-backups',
    secure: true,
    args,
    ...(dataDir ? { dataDir } : {}),
  });
  servers.push(server);
  return server;
};

test('a new server copies the day on its own; a supervisor copy restores into a working centre', async () => {
  const server = await start();
  const backups = path.join(server.dataDir, 'backups');
  // Within seconds of start, without anyone asking: today's copy, whole (no partial folder).
  await expect
    .poll(() => (existsSync(backups) ? readdirSync(backups) : []), { timeout: 20_000 })
    .toEqual([expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/)]);
  const [today] = readdirSync(backups) as [string];
  expect(readdirSync(path.join(backups, today)).sort()).toEqual(['centre.json', 'queue.sqlite']);

  const issuer = (await signIn(server.url, demoAccounts.admin)).token;
  const issued: string[] = [];
  for (let index = 0; index < 5; index += 1) {
    const ticket = await api<IssuedTicket>(server.url, 'POST', '/tickets', {
      token: issuer,
      body: { serviceId: 'ho-tich' },
    });
    expect(ticket.body.ok).toBe(true);
    if (ticket.body.ok) issued.push(ticket.body.data.ticket.number);
  }

  // Officers may not take or list copies; a supervisor may, and it is audited.
  const officer = (await signIn(server.url, demoAccounts.officer1)).token;
  expect((await api(server.url, 'POST', '/backups', { token: officer })).status).toBe(403);
  expect((await api(server.url, 'GET', '/backups')).status).toBe(401);
  const supervisor = (await signIn(server.url, demoAccounts.supervisor)).token;
  const taken = await api<Backup>(server.url, 'POST', '/backups', { token: supervisor });
  expect(taken.status).toBe(201);
  expect(taken.body).toMatchObject({ ok: true, data: { day: today } });
  const listed = await api<BackupList>(server.url, 'GET', '/backups', { token: supervisor });
  expect(listed.body).toMatchObject({
    ok: true,
    data: {
      folder: backups,
      keep: 14,
      backups: [{ day: today, folder: path.join(backups, today) }],
      failingSince: null,
      lastError: null,
    },
  });
  const audit = await api<AuditEntry[]>(server.url, 'GET', '/audit', { token: supervisor });
  expect(audit.body.ok && audit.body.data[0]).toMatchObject({
    actor: 'giam-sat',
    section: 'backups',
    summary: expect.stringContaining(`sao lưu ${today}`),
  });

  // The copy is a centre: started on its own folder it has the five tickets, and the next
  // number follows them. The live server kept running (and writing) while it was taken.
  const restoredDir = temporaryFolder('restored');
  cpSync(path.join(backups, today), restoredDir, { recursive: true });
  const restored = await start(restoredDir);
  const admin = (await signIn(restored.url, demoAccounts.admin)).token;
  const list = await api<Array<{ number: string }>>(restored.url, 'GET', '/tickets', {
    token: admin,
  });
  expect(list.body.ok && list.body.data.map((ticket) => ticket.number).sort()).toEqual(issued);
  const next = await api<IssuedTicket>(restored.url, 'POST', '/tickets', {
    token: admin,
    body: { serviceId: 'ho-tich' },
  });
  const last = Number((issued.at(-1) ?? 'A000').slice(1));
  expect(next.body.ok && next.body.data.ticket.number).toBe(
    `A${String(last + 1).padStart(3, '0')}`,
  );
});

test('the supervisor floor shows the copies kept and takes one on request', async ({ page }) => {
  const server = await start();
  const backups = path.join(server.dataDir, 'backups');
  await expect
    .poll(() => (existsSync(backups) ? readdirSync(backups).length : 0), { timeout: 20_000 })
    .toBe(1);
  await openSupervisor(page, server.url);
  const panel = page.getByRole('region', { name: 'Sao lưu dữ liệu' });
  await expect(panel.locator('.all-well')).toHaveText(
    /^Bản sao gần nhất: ngày \d{2}\/\d{2}\/\d{4} \(\d+ KB\); đang giữ 1\/14 ngày\.$/,
  );
  await expect(panel).toContainText(backups);
  await expect(panel.getByRole('table', { name: 'Các bản sao lưu' }).getByRole('row')).toHaveCount(
    2,
  );
  await panel.getByRole('button', { name: 'Sao lưu ngay' }).click();
  await expect(panel.getByRole('status')).toHaveText(
    /^Đã sao lưu ngày \d{2}\/\d{2}\/\d{4} \(\d+ KB\)\.$/,
  );
  await page.screenshot({ path: 'test-results/screens/supervisor-backups.png', fullPage: true });
});

test('copies that cannot be written raise a critical floor alert naming the error', async () => {
  // A backups folder under a file: no one can create it, root included.
  const blocker = path.join(temporaryFolder('no-backups'), 'a-file');
  writeFileSync(blocker, '');
  const server = await start(undefined, ['--backups', path.join(blocker, 'backups')]);
  const supervisor = (await signIn(server.url, demoAccounts.supervisor)).token;
  const alerts = async () => {
    const floor = await api<FloorView>(server.url, 'GET', '/floor', { token: supervisor });
    return floor.body.ok
      ? floor.body.data.alerts.filter((alert) => alert.kind === 'backup-failed')
      : [];
  };
  await expect.poll(alerts, { timeout: 20_000 }).toEqual([
    expect.objectContaining({
      severity: 'critical',
      message: expect.stringMatching(
        /^Sao lưu dữ liệu: không ghi được bản sao trong ngày \(lỗi: .*ENOTDIR/,
      ),
    }),
  ]);
  // The list says so too, for the backup panel.
  const listed = await api<BackupList>(server.url, 'GET', '/backups', { token: supervisor });
  expect(listed.body).toMatchObject({
    ok: true,
    data: { failingSince: expect.any(String), lastError: expect.stringContaining('ENOTDIR') },
  });
  const refused = await api(server.url, 'POST', '/backups', { token: supervisor });
  expect(refused.status).toBe(500);
  expect(refused.body).toMatchObject({
    ok: false,
    error: { message: expect.stringContaining('Không sao lưu được') },
  });
});

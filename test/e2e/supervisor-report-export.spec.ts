import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startQueueServer, type QueueServerProcess } from '../support/queue-server-process';
import { api, demoAccounts, signIn } from '../support/server-auth';
import { openSupervisor } from '../support/supervisor-page';
import { parseCsv } from '../support/supervisor-expected';
import { temporaryFolder } from '../support/temporary-folder';

/**
 * A report's files hold the report on screen: its own period and filters, whatever the form's
 * fields say since; the file name says the filters; a date left empty is asked for in words.
 */
test.describe.configure({ mode: 'serial' });

let server: QueueServerProcess;
let downloads: string;

test.beforeAll(async () => {
  server = await startQueueServer({ logName: 'supervisor-report-export-server' });
  downloads = temporaryFolder('report-export');
  // Three citizens for civil status today; Quầy 1 serves one of them.
  for (let index = 0; index < 3; index += 1) {
    const issued = await api(server.url, 'POST', '/tickets', { body: { serviceId: 'ho-tich' } });
    expect(issued.body.ok).toBe(true);
  }
  const officer = await signIn(server.url, demoAccounts.officer1);
  for (const action of ['open', 'call-next', 'start', 'finish', 'close']) {
    const reply = await api(server.url, 'POST', `/counters/quay-1/${action}`, {
      token: officer.token,
    });
    expect(reply.body.ok, action).toBe(true);
  }
});

test.afterAll(async () => {
  await server?.stop();
});

const download = async (
  page: Page,
  button: string,
): Promise<{ name: string; rows: string[][] }> => {
  const waiting = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = await waiting;
  const target = path.join(downloads, `${Date.now()}-${file.suggestedFilename()}`);
  await file.saveAs(target);
  return { name: file.suggestedFilename(), rows: parseCsv(readFileSync(target, 'utf8')) };
};

const issuedIn = (rows: string[][]): string | undefined =>
  rows.find(([label]) => label === 'Số phiếu đã cấp')?.[1];

test('the export holds the report on screen, not filters changed since without "Xem báo cáo"', async ({
  page,
}) => {
  await openSupervisor(page, server.url);
  await page.getByRole('button', { name: 'Báo cáo', exact: true }).click();
  const form = page.getByRole('form', { name: 'Chọn kỳ báo cáo' });
  await form.getByRole('button', { name: 'Xem báo cáo' }).click();
  const summary = page.getByRole('table', { name: 'Tổng hợp', exact: true });
  const issuedRow = summary
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'Số phiếu đã cấp', exact: true }) });
  await expect(issuedRow.getByRole('cell')).toHaveText('3');
  const from = await form.getByLabel('Từ ngày').inputValue();
  const to = await form.getByLabel('Đến ngày').inputValue();

  // Quầy 1 chosen but not applied: the screen still shows the whole centre, and so does the file.
  await form.getByLabel('Quầy').selectOption('quay-1');
  const whole = await download(page, 'Tải CSV tổng hợp');
  expect(issuedIn(whole.rows)).toBe('3');
  expect(whole.name).toBe(`bao-cao-${from}-${to}-summary.csv`);
  // The screen says which report it shows, and that the changed filters wait to be applied.
  await expect(page.getByText(/^Kỳ báo cáo: .*; toàn trung tâm/)).toBeVisible();
  await expect(page.getByText('Bộ lọc đã đổi nhưng chưa xem')).toBeVisible();

  // Applied: the screen and the file both narrow to Quầy 1, and the file's name says so.
  await form.getByRole('button', { name: 'Xem báo cáo' }).click();
  await expect(page.getByText(/^Kỳ báo cáo: .*; Quầy: Quầy 1\.$/)).toBeVisible();
  await expect(issuedRow.getByRole('cell')).toHaveText('1');
  await expect(page.getByText('Bộ lọc đã đổi nhưng chưa xem')).toHaveCount(0);
  const narrowed = await download(page, 'Tải CSV tổng hợp');
  expect(narrowed.name).toBe(`bao-cao-${from}-${to}-quay_quay-1-summary.csv`);
  expect(issuedIn(narrowed.rows)).toBe('1');
  // The file itself says what it covers.
  expect(narrowed.rows).toContainEqual(['Quầy', 'Quầy 1']);
  expect(whole.rows.map((row) => row[0])).not.toContain('Quầy');
});

test('a period with a date left empty is asked for in Vietnamese, not refused in English', async ({
  page,
}) => {
  await openSupervisor(page, server.url);
  await page.getByRole('button', { name: 'Báo cáo', exact: true }).click();
  const form = page.getByRole('form', { name: 'Chọn kỳ báo cáo' });
  await form.getByLabel('Từ ngày').fill('');
  await form.getByRole('button', { name: 'Xem báo cáo' }).click();
  await expect(page.getByRole('alert')).toHaveText('Chọn ngày bắt đầu (Từ ngày).');
  await expect(page.getByRole('alert')).not.toContainText(/Invalid|ISO/);
});

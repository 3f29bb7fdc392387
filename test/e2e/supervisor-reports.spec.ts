import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { expect, test, type Page } from '@playwright/test';
import type { EditableConfig } from '@openops/protocol';
import { startQueueServer, type QueueServerProcess } from '../support/queue-server-process';
import { repoRoot } from '../support/repo-paths';
import { spawnEntry } from '../support/spawned-process';
import { api, demoAccounts, signIn } from '../support/server-auth';
import { openSupervisor } from '../support/supervisor-page';
import { temporaryFolder } from '../support/temporary-folder';
import {
  expectedReport,
  expectedSummaryRows,
  oneDecimal,
  parseCsv,
  type Expected,
  type ExpectedFilter,
  type SatisfactionExpected,
} from '../support/supervisor-expected';

test.describe.configure({ mode: 'serial' });

const screens = path.join(repoRoot, 'test', 'test-results', 'screens');
const month = '2026-10';
const seed = '20261026';
// Demo centre officers (queue-server/src/config/demo-centre.ts): dossiers record the name.
const officerNames: Record<string, string> = {};

let server: QueueServerProcess;
let dataDir: string;
let downloads: string;

const vietnamToday = (): string =>
  new Date(Date.now() + 7 * 3600 * 1000).toISOString().slice(0, 10);

test.beforeAll(async () => {
  test.setTimeout(180_000);
  mkdirSync(screens, { recursive: true });
  dataDir = temporaryFolder('month');
  downloads = temporaryFolder('exports');
  // The seeded generator in the repo writes a month of tickets, ratings and dossiers.
  const generator = spawnEntry(
    'supervisor-month-generator',
    'queue-server/src/reports/month-generator-cli.ts',
    ['--data', dataDir, '--month', month, '--seed', seed, '--per-day', '30'],
  );
  const exited = new Promise<number | null>((resolve) => generator.child.once('exit', resolve));
  await generator.waitForLine(/"tickets":\d+/, 120_000);
  expect(await exited).toBe(0);
  server = await startQueueServer({ dataDir, logName: 'supervisor-reports-server' });
  const centre = JSON.parse(readFileSync(path.join(dataDir, 'centre.json'), 'utf8')) as {
    officers: Array<{ id: string; name: string }>;
  };
  centre.officers.forEach((officer) => {
    officerNames[officer.id] = officer.name;
  });
});

test.afterAll(async () => {
  await server?.stop();
});

const showReport = async (page: Page, filter: ExpectedFilter): Promise<void> => {
  await page.getByRole('button', { name: 'Báo cáo', exact: true }).click();
  const form = page.getByRole('form', { name: 'Chọn kỳ báo cáo' });
  await form.getByLabel('Từ ngày').fill(filter.from);
  await form.getByLabel('Đến ngày').fill(filter.to);
  await form.getByLabel('Dịch vụ').selectOption(filter.serviceId ?? '');
  await form.getByLabel('Quầy').selectOption(filter.counterId ?? '');
  await form.getByLabel('Cán bộ').selectOption(filter.officerId ?? '');
  await form.getByRole('button', { name: 'Xem báo cáo' }).click();
  await expect(page.getByRole('table', { name: 'Tổng hợp' })).toBeVisible();
};

/** Every row of a table on screen as text cells, header row first. */
const tableOnScreen = async (page: Page, name: string): Promise<string[][]> =>
  page
    .getByRole('table', { name, exact: true })
    .getByRole('row')
    .evaluateAll((rows) =>
      rows.map((row) =>
        [...row.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').trim()),
      ),
    );

/**
 * A cell as the screen writes it (1.234; 53,2; 26/11/2026; a dash for none) back in the files'
 * form (1234; 53.2; 2026-11-26; empty), so screen and files compare cell by cell.
 */
const screenValue = (value: string): string => {
  if (value === '—') return '';
  const day = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(value);
  if (day) return `${day[3]}-${day[2]}-${day[1]}`;
  return /^\d{1,3}(\.\d{3})*(,\d+)?$/.test(value)
    ? value.replace(/\./g, '').replace(',', '.')
    : value;
};

const download = async (page: Page, button: string): Promise<string> => {
  const waiting = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = await waiting;
  const target = path.join(downloads, file.suggestedFilename());
  await file.saveAs(target);
  return target;
};

const expectedHours = (expected: Expected): string[][] =>
  [...expected.hours.entries()]
    .sort(([a], [b]) => a - b)
    .map(([hour, row]) => [
      `${String(hour).padStart(2, '0')}:00`,
      String(row.issued),
      String(row.served),
      String(row.noShow),
      oneDecimal(row.meanWait),
    ]);

const satisfactionCells = (row: SatisfactionExpected): string[] => [
  String(row.total),
  String(row.verySatisfied),
  String(row.satisfied),
  String(row.neutral),
  String(row.dissatisfied),
  String(row.veryDissatisfied),
  oneDecimal(row.rate),
];

test('a month of generated data: the figures on screen and in CSV and XLSX equal those computed from the raw records', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const filter: ExpectedFilter = { from: `${month}-01`, to: `${month}-31` };
  const expected = expectedReport(
    path.join(dataDir, 'queue.sqlite'),
    filter,
    officerNames,
    vietnamToday(),
  );
  // The generated month is not trivial: every kind of outcome occurs.
  expect(expected.issued).toBeGreaterThan(1000);
  expect(expected.noShow).toBeGreaterThan(0);
  expect(expected.dossiers.late).toBeGreaterThan(0);
  expect(expected.satisfactionTotal.dissatisfied).toBeGreaterThan(0);
  // The generated month has "Bình thường" presses: counted as such, not as dissatisfied.
  expect(expected.satisfactionTotal.neutral).toBeGreaterThan(0);

  await openSupervisor(page, server.url);
  await showReport(page, filter);
  const summary = expectedSummaryRows(filter, expected);

  const onScreen = await tableOnScreen(page, 'Tổng hợp');
  expect(onScreen.slice(1).map(([label, value]) => [label, screenValue(value ?? '')])).toEqual(
    summary,
  );
  const hours = await tableOnScreen(page, 'Theo giờ');
  expect(hours.slice(1).map((row) => row.map(screenValue))).toEqual(expectedHours(expected));
  const satisfaction = await tableOnScreen(page, 'Mức độ hài lòng');
  // Minutes and rates are written with their one decimal, a whole figure too (12,0; 100,0).
  const decimals = [
    ...onScreen.filter(([label]) => label?.endsWith('(phút)')).map((row) => row[1]),
    ...hours.slice(1).map((row) => row[4]),
    ...satisfaction.slice(1).map((row) => row[8]),
  ].filter((value) => value !== '—');
  expect(decimals.length).toBeGreaterThan(10);
  for (const value of decimals) expect(value).toMatch(/^\d{1,3}(\.\d{3})*,\d$/);
  const totalRow = satisfaction.find((row) => row[1] === 'Toàn trung tâm');
  expect(totalRow?.slice(2).map(screenValue)).toEqual(
    satisfactionCells(expected.satisfactionTotal),
  );
  for (const [officerId, figures] of expected.satisfactionByOfficer) {
    const row = satisfaction.find(
      (cells) => cells[0] === 'Cán bộ' && cells[1] === officerNames[officerId],
    );
    expect(row?.slice(2).map(screenValue), officerId).toEqual(satisfactionCells(figures));
  }
  await expect(page.getByRole('img', { name: 'Biểu đồ số phiếu theo giờ' })).toBeVisible();
  await page.screenshot({ path: path.join(screens, 'supervisor-report.png'), fullPage: true });

  // CSV: UTF-8 with BOM, Vietnamese headers with their tone marks, the same figures.
  const summaryCsv = parseCsv(readFileSync(await download(page, 'Tải CSV tổng hợp'), 'utf8'));
  expect(summaryCsv[0]).toEqual(['Chỉ tiêu', 'Giá trị']);
  expect(summaryCsv.slice(1)).toEqual(summary);
  const hoursCsv = parseCsv(readFileSync(await download(page, 'Tải CSV theo giờ'), 'utf8'));
  expect(hoursCsv[0]).toEqual([
    'Giờ',
    'Số phiếu đã cấp',
    'Đã phục vụ',
    'Vắng mặt',
    'Chờ trung bình (phút)',
  ]);
  expect(hoursCsv.slice(1)).toEqual(expectedHours(expected));
  const satisfactionCsv = parseCsv(readFileSync(await download(page, 'Tải CSV hài lòng'), 'utf8'));
  expect(satisfactionCsv[0]).toEqual([
    'Phạm vi',
    'Tên',
    'Tổng số đánh giá',
    'Rất hài lòng',
    'Hài lòng',
    'Bình thường',
    'Không hài lòng',
    'Rất không hài lòng',
    'Tỷ lệ hài lòng (%)',
  ]);
  expect(satisfactionCsv.find((row) => row[0] === 'Toàn trung tâm')?.slice(2)).toEqual(
    satisfactionCells(expected.satisfactionTotal),
  );

  // XLSX: one sheet per table, read back with an independent reader.
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(await download(page, 'Tải Excel (XLSX)'));
  expect(book.worksheets.map((sheet) => sheet.name)).toEqual([
    'Tổng hợp',
    'Theo giờ',
    'Mức độ hài lòng',
  ]);
  const sheetRows = (name: string): string[][] => {
    const rows: string[][] = [];
    book.getWorksheet(name)?.eachRow({ includeEmpty: false }, (row) => {
      const cells: string[] = [];
      for (let column = 1; column <= row.cellCount; column += 1) {
        const cell = row.getCell(column);
        const value = cell.value;
        // A number as Excel shows it: the `0.0` format writes 12 as 12.0.
        if (typeof value === 'number' && cell.numFmt === '0.0') cells.push(value.toFixed(1));
        else cells.push(value === null || value === undefined ? '' : String(value));
      }
      rows.push(cells);
    });
    return rows;
  };
  const summarySheet = sheetRows('Tổng hợp');
  expect(summarySheet[0]).toEqual(['Chỉ tiêu', 'Giá trị']);
  expect(summarySheet.slice(1).map(([label, value]) => [label, value ?? ''])).toEqual(summary);
  expect(sheetRows('Theo giờ').slice(1)).toEqual(expectedHours(expected));
  const xlsxSatisfaction = sheetRows('Mức độ hài lòng');
  expect(xlsxSatisfaction.find((row) => row[0] === 'Toàn trung tâm')?.slice(2)).toEqual(
    satisfactionCells(expected.satisfactionTotal),
  );
});

test('a report narrowed to one officer and one service equals the raw records filtered the same way', async ({
  page,
}) => {
  const filter: ExpectedFilter = {
    from: `${month}-06`,
    to: `${month}-24`,
    officerId: 'can-bo-2',
    serviceId: 'chung-thuc',
  };
  const expected = expectedReport(
    path.join(dataDir, 'queue.sqlite'),
    filter,
    officerNames,
    vietnamToday(),
  );
  expect(expected.issued).toBeGreaterThan(0);
  await openSupervisor(page, server.url);
  await showReport(page, filter);
  const onScreen = await tableOnScreen(page, 'Tổng hợp');
  expect(onScreen.slice(1).map(([label, value]) => [label, screenValue(value ?? '')])).toEqual(
    expectedSummaryRows(filter, expected, {
      service: 'Chứng thực',
      officer: officerNames['can-bo-2'] ?? '',
    }),
  );
  await expect(page.getByText(/^Kỳ báo cáo: 06\/10\/2026 – 24\/10\/2026; Dịch vụ: /)).toBeVisible();
  // The first satisfaction row counts the ratings the filters keep: named by them, not as the
  // whole centre's.
  expect(expected.satisfactionTotal.total).toBeGreaterThan(0);
  const satisfaction = await tableOnScreen(page, 'Mức độ hài lòng');
  expect(satisfaction.flat()).not.toContain('Toàn trung tâm');
  expect(satisfaction[1]?.slice(0, 2)).toEqual([
    'Theo bộ lọc',
    `Dịch vụ: Chứng thực; Cán bộ: ${officerNames['can-bo-2'] ?? ''}`,
  ]);
  expect(satisfaction[1]?.slice(2).map(screenValue)).toEqual(
    satisfactionCells(expected.satisfactionTotal),
  );
});

test('a period that ends before it starts is refused with the field named', async ({ page }) => {
  await openSupervisor(page, server.url);
  await page.getByRole('button', { name: 'Báo cáo' }).click();
  const form = page.getByRole('form', { name: 'Chọn kỳ báo cáo' });
  await form.getByLabel('Từ ngày').fill('2026-10-20');
  await form.getByLabel('Đến ngày').fill('2026-10-01');
  await form.getByRole('button', { name: 'Xem báo cáo' }).click();
  // The field is named as the form names it, not by the query's key ("to").
  await expect(page.getByRole('alert')).toContainText(
    'Đến ngày: ngày kết thúc phải sau ngày bắt đầu',
  );
});

test('a quiet period keeps the hour chart at its size over the working day and says no one rated', async ({
  page,
}) => {
  await openSupervisor(page, server.url);
  // The first day of the generated month alone: its tickets, none of the month's other days.
  await showReport(page, { from: `${month}-01`, to: `${month}-01` });
  const chart = page.getByRole('img', { name: 'Biểu đồ số phiếu theo giờ' });
  await expect(chart).toBeVisible();
  // Every hour of the working day has its label, whether or not it had tickets.
  for (const hour of [7, 12, 17])
    await expect(chart.getByText(`${hour}h`, { exact: true })).toHaveCount(1);
  const box = await chart.boundingBox();
  expect(box?.height ?? Number.POSITIVE_INFINITY).toBeLessThan(300);
  await expect(page.getByRole('figure')).toContainText('Số phiếu đã cấp');

  // A day without a single rating says so instead of an empty table.
  await showReport(page, { from: '2026-09-01', to: '2026-09-01' });
  await expect(page.getByText('Chưa có đánh giá nào trong kỳ này.')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Mức độ hài lòng', exact: true })).toHaveCount(0);
  const emptyChart = await page
    .getByRole('img', { name: 'Biểu đồ số phiếu theo giờ' })
    .boundingBox();
  expect(emptyChart?.height ?? Number.POSITIVE_INFINITY).toBeLessThan(300);
});

test('an officer removed from the configuration keeps their name and figures, and can still be chosen', async ({
  page,
}) => {
  const removedId = 'can-bo-4';
  const name = officerNames[removedId] ?? '';
  const filter: ExpectedFilter = { from: `${month}-01`, to: `${month}-31` };
  const expected = expectedReport(
    path.join(dataDir, 'queue.sqlite'),
    filter,
    officerNames,
    vietnamToday(),
  );
  const figures = expected.satisfactionByOfficer.get(removedId);
  expect(figures?.total).toBeGreaterThan(0);
  // The officer leaves the centre: the admin removes the account.
  const admin = (await signIn(server.url, demoAccounts.admin)).token;
  const config = await api<EditableConfig>(server.url, 'GET', '/config', { token: admin });
  if (!config.body.ok) throw new Error(config.body.error.message);
  const saved = await api(server.url, 'PUT', '/config/officers', {
    token: admin,
    headers: { 'if-match': config.body.data.revisions.officers ?? '' },
    body: config.body.data.officers.filter((officer) => officer.id !== removedId),
  });
  expect(saved.status).toBe(200);

  await openSupervisor(page, server.url);
  await showReport(page, filter);
  const satisfaction = await tableOnScreen(page, 'Mức độ hài lòng');
  const row = satisfaction.find((cells) => cells[0] === 'Cán bộ' && cells[1] === name);
  expect(row?.slice(2).map(screenValue)).toEqual(
    satisfactionCells(figures ?? expected.satisfactionTotal),
  );
  expect(satisfaction.map((cells) => cells[1])).not.toContain(removedId);

  // Still offered by the officer filter, marked as removed; the narrowed report names them.
  const form = page.getByRole('form', { name: 'Chọn kỳ báo cáo' });
  await form.getByLabel('Cán bộ').selectOption({ label: `${name} (đã xoá)` });
  await form.getByRole('button', { name: 'Xem báo cáo' }).click();
  await expect(
    page.getByText(`Kỳ báo cáo: 01/10/2026 – 31/10/2026; Cán bộ: ${name}.`),
  ).toBeVisible();
});

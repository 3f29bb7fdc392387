import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { Socket } from 'socket.io-client';
import type { Appointment, IssuedTicket, PairingState, RatingRequestView } from '@openops/protocol';
import { startQueueServer, type QueueServerProcess } from '../support/queue-server-process';
import { api, demoAccounts, pairDevice, signIn } from '../support/server-auth';
import { ask, connectAs } from '../support/server-sockets';
import { centreDay, centreTime, dayMonthYear } from '../support/centre-clock';
import { openSupervisor, tableRow } from '../support/supervisor-page';
import { parseCsv } from '../support/supervisor-expected';
import { temporaryFolder } from '../support/temporary-folder';

/**
 * The supervisor's reports, appointments and pairing screens switched to English and back: their
 * labels, the figures of tickets made here written the English way (and the Vietnamese way once
 * switched back), while the downloaded files stay Vietnamese. A real server; tickets, a rating,
 * bookings and pairing requests over REST and the counter socket.
 */
test.describe.configure({ mode: 'serial' });

let server: QueueServerProcess;
let downloads: string;
let today: string;
let checkedIn: Appointment;
let booked: Appointment;
let soon: Date;
const sockets: Socket[] = [];

const mustOk = <T>(reply: { status: number; body: unknown }, what: string): T => {
  const body = reply.body as { ok: boolean; data?: T; error?: { message: string } };
  if (!body.ok || body.data === undefined) {
    throw new Error(`${what}: ${reply.status} ${body.error?.message ?? ''}`);
  }
  return body.data;
};

test.beforeAll(async () => {
  server = await startQueueServer({ logName: 'supervisor-english-reports-server' });
  downloads = temporaryFolder('english-reports');
  const now = Date.now();
  today = centreDay(new Date(now));
  // Three citizens for civil status. Quầy 1 serves the first, who rates it "very satisfied", and
  // marks the second absent; the third still waits.
  const first = mustOk<IssuedTicket>(
    await api(server.url, 'POST', '/tickets', { body: { serviceId: 'ho-tich' } }),
    'ticket',
  );
  for (let index = 0; index < 2; index += 1) {
    mustOk(await api(server.url, 'POST', '/tickets', { body: { serviceId: 'ho-tich' } }), 'ticket');
  }
  const officer = await signIn(server.url, demoAccounts.officer1);
  const counter = await connectAs(server.url, '/counter', {
    deviceId: 'counter-pc-1',
    token: officer.token,
  });
  sockets.push(counter);
  const act = async (action: string): Promise<void> => {
    mustOk(
      await api(server.url, 'POST', `/counters/quay-1/${action}`, { token: officer.token }),
      action,
    );
  };
  for (const action of ['open', 'call-next', 'start', 'finish']) await act(action);
  const request = await ask<RatingRequestView>(counter, 'rating:request', {
    counterId: 'quay-1',
    ticketId: first.ticket.id,
  });
  const requestId = request.data?.requestId;
  if (!requestId) throw new Error(`no rating request: ${JSON.stringify(request)}`);
  mustOk(
    await api(server.url, 'POST', '/ratings', { body: { requestId, level: 'very-satisfied' } }),
    'rating',
  );
  for (const action of ['call-next', 'no-show', 'close']) await act(action);

  // Two bookings for today: the first checks in at the kiosk (a fourth ticket), the second not.
  const supervisor = (await signIn(server.url, demoAccounts.supervisor)).token;
  const book = async (slot: Date, citizenName: string, phone?: string): Promise<Appointment> =>
    mustOk<Appointment>(
      await api(server.url, 'POST', '/appointments', {
        token: supervisor,
        body: {
          serviceId: 'ho-tich',
          slotStart: slot.toISOString(),
          citizenName,
          ...(phone ? { phone } : {}),
        },
      }),
      'booking',
    );
  soon = new Date(now + 10 * 60_000);
  const later = new Date(now + 45 * 60_000);
  if (centreDay(later) !== today) return;
  checkedIn = await book(soon, 'Nguyễn Thị Hoa');
  booked = await book(later, 'Trần Văn Bình', '0912345678');
  expect(
    (await api(server.url, 'POST', '/appointments/check-in', { body: { code: checkedIn.code } }))
      .status,
  ).toBe(201);
});

test.afterAll(async () => {
  sockets.splice(0).forEach((socket) => socket.close());
  await server?.stop();
});

test.beforeEach(() => {
  // The bookings are for the next 45 minutes: they would fall on tomorrow in the day's last ones.
  test.skip(
    checkedIn === undefined,
    'the bookings would cross midnight in the centre, so the day would not hold them',
  );
});

/** Every row of a table on screen as text cells, header row first. */
const tableOnScreen = (page: Page, name: string): Promise<string[][]> =>
  page
    .getByRole('table', { name, exact: true })
    .getByRole('row')
    .evaluateAll((rows) =>
      rows.map((row) =>
        [...row.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').trim()),
      ),
    );

const toEnglish = async (page: Page): Promise<void> => {
  await page.getByRole('button', { name: 'English', exact: true }).click();
};

const toVietnamese = async (page: Page): Promise<void> => {
  await page.getByRole('button', { name: 'Tiếng Việt', exact: true }).click();
};

test('the reports read in English, with the figures of the day written the English way, and in Vietnamese again', async ({
  page,
}) => {
  const monthStart = `${today.slice(0, 8)}01`;
  await openSupervisor(page, server.url);
  await toEnglish(page);
  await page.getByRole('button', { name: 'Reports', exact: true }).click();
  const form = page.getByRole('form', { name: 'Choose the report period' });

  // A date left empty is asked for in English, by the field's English name.
  await form.getByLabel('From', { exact: true }).fill('');
  await form.getByRole('button', { name: 'Show report' }).click();
  await expect(page.getByRole('alert')).toHaveText('Choose the start date (From).');
  await form.getByLabel('From', { exact: true }).fill(monthStart);
  await form.getByRole('button', { name: 'Show report' }).click();

  // The summary: English measures, the tickets made above.
  const summary = page.getByRole('table', { name: 'Summary', exact: true });
  await expect(summary.getByRole('columnheader')).toHaveText(['Measure', 'Value']);
  const value = (label: string) => tableRow(page, 'Summary', label).getByRole('cell');
  await expect(value('Tickets issued')).toHaveText('4');
  await expect(value('Tickets served')).toHaveText('1');
  await expect(value('No-show tickets')).toHaveText('1');
  await expect(value('Tickets cancelled')).toHaveText('0');
  await expect(value('From')).toHaveText(dayMonthYear(monthStart));
  await expect(value('To')).toHaveText(dayMonthYear(today));
  // Minutes keep their one decimal, after an English decimal point.
  await expect(value('Mean wait (min)')).toHaveText(/^\d+\.\d$/);
  await expect(value('Median service time (min)')).toHaveText(/^\d+\.\d$/);
  await expect(value('Dossiers received')).toHaveText('0');
  await expect(
    page.getByText(
      `Report period: ${dayMonthYear(monthStart)} – ${dayMonthYear(today)}; whole centre (all services, counters and officers).`,
    ),
  ).toBeVisible();

  // By hour: English headers; the day's four tickets across its rows.
  const hours = await tableOnScreen(page, 'By hour');
  expect(hours[0]).toEqual(['Hour', 'Tickets issued', 'Served', 'No-show', 'Mean wait (min)']);
  expect(hours.slice(1).reduce((sum, row) => sum + Number(row[1]), 0)).toBe(4);
  const chart = page.getByRole('img', { name: 'Chart of tickets by hour' });
  await expect(chart.getByText('12:00', { exact: true })).toHaveCount(1);
  await expect(page.getByRole('figure')).toContainText('Tickets issued');

  // Satisfaction: the protocol's level names, the one rating in every scope it counts for.
  const satisfaction = await tableOnScreen(page, 'Satisfaction');
  expect(satisfaction[0]).toEqual([
    'Scope',
    'Name',
    'Ratings',
    'Very satisfied',
    'Satisfied',
    'Neutral',
    'Dissatisfied',
    'Very dissatisfied',
    'Satisfaction rate (%)',
  ]);
  const rated = ['1', '1', '0', '0', '0', '0', '100.0'];
  expect(satisfaction).toContainEqual(['Whole centre', 'Whole centre', ...rated]);
  expect(satisfaction).toContainEqual(['Service', 'Civil status', ...rated]);
  expect(satisfaction).toContainEqual(['Counter', 'Quầy 1', ...rated]);
  expect(satisfaction).toContainEqual(['Officer', 'Nguyễn Văn An', ...rated]);
  await expect(page.getByRole('img', { name: 'Satisfaction chart' })).toBeVisible();

  // The files are the server's, Vietnamese as before, whatever the screen's language.
  const waiting = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download summary CSV' }).click();
  const file = await waiting;
  expect(file.suggestedFilename()).toBe(`bao-cao-${monthStart}-${today}-summary.csv`);
  const target = path.join(downloads, file.suggestedFilename());
  await file.saveAs(target);
  const rows = parseCsv(readFileSync(target, 'utf8'));
  expect(rows[0]).toEqual(['Chỉ tiêu', 'Giá trị']);
  expect(rows).toContainEqual(['Số phiếu đã cấp', '4']);

  // Narrowed to the service and Quầy 1: said first as filters not yet applied, then applied.
  await form.getByLabel('Service').selectOption({ label: 'Civil status' });
  await form.getByLabel('Counter').selectOption('quay-1');
  await expect(page.getByText(/^The filters have changed but are not applied yet/)).toBeVisible();
  await form.getByRole('button', { name: 'Show report' }).click();
  await expect(
    page.getByText(
      `Report period: ${dayMonthYear(monthStart)} – ${dayMonthYear(today)}; Service: Civil status; Counter: Quầy 1.`,
    ),
  ).toBeVisible();
  await expect(value('Tickets issued')).toHaveText('2');
  await expect(value('Service')).toHaveText('Civil status');
  const narrowed = await tableOnScreen(page, 'Satisfaction');
  expect(narrowed[1]).toEqual(['Filtered', 'Service: Civil status; Counter: Quầy 1', ...rated]);
  await page.screenshot({
    path: 'test-results/screens/supervisor-report-english.png',
    fullPage: true,
  });

  // Back in Vietnamese: the same report, its words and figures as before.
  await toVietnamese(page);
  const viValue = (label: string) => tableRow(page, 'Tổng hợp', label).getByRole('cell');
  await expect(viValue('Số phiếu đã cấp')).toHaveText('2');
  await expect(viValue('Dịch vụ')).toHaveText('Hộ tịch');
  await expect(viValue('Thời gian chờ trung bình (phút)')).toHaveText(/^\d+,\d$/);
  await expect(
    page.getByText(
      `Kỳ báo cáo: ${dayMonthYear(monthStart)} – ${dayMonthYear(today)}; Dịch vụ: Hộ tịch; Quầy: Quầy 1.`,
    ),
  ).toBeVisible();
  const viSatisfaction = await tableOnScreen(page, 'Mức độ hài lòng');
  expect(viSatisfaction[0]?.slice(3, 8)).toEqual([
    'Rất hài lòng',
    'Hài lòng',
    'Bình thường',
    'Không hài lòng',
    'Rất không hài lòng',
  ]);
  expect(viSatisfaction[1]?.slice(0, 2)).toEqual(['Theo bộ lọc', 'Dịch vụ: Hộ tịch; Quầy: Quầy 1']);
  expect(viSatisfaction[1]?.at(-1)).toBe('100,0');
  await expect(
    page.getByRole('img', { name: 'Biểu đồ số phiếu theo giờ' }).getByText('12h', { exact: true }),
  ).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Tải CSV tổng hợp' })).toBeVisible();
  await expect(page.getByRole('form', { name: 'Chọn kỳ báo cáo' })).toBeVisible();
});

test('the appointments read in English, a cancellation is said in English and stays said in Vietnamese', async ({
  page,
}) => {
  await openSupervisor(page, server.url);
  await toEnglish(page);
  await page.getByRole('button', { name: 'Appointments', exact: true }).click();
  const name = `Appointments on ${dayMonthYear(today)}`;
  await expect(page.getByRole('heading', { name })).toBeVisible();
  const list = page.getByRole('table', { name });
  await expect(list.getByRole('columnheader')).toHaveText([
    'Time',
    'Booking code',
    'Citizen',
    'Phone',
    'Service',
    'Status',
    'Actions',
  ]);
  const row = (citizen: string) => list.getByRole('row').filter({ hasText: citizen });
  await expect(row('Nguyễn Thị Hoa')).toContainText(centreTime(soon));
  await expect(row('Nguyễn Thị Hoa')).toContainText('Civil status');
  await expect(row('Nguyễn Thị Hoa')).toContainText('Checked in');
  await expect(row('Trần Văn Bình')).toContainText('Booked, not checked in');
  await expect(
    page.getByText('2 appointments: 1 checked in, 0 cancelled, 1 not checked in.'),
  ).toBeVisible();

  await row('Trần Văn Bình')
    .getByRole('button', { name: `Cancel appointment ${booked.code}` })
    .click();
  await row('Trần Văn Bình')
    .getByRole('button', { name: `Confirm cancelling ${booked.code}` })
    .click();
  const status = page.getByRole('status');
  await expect(status).toHaveText(
    `Appointment ${booked.code} for Trần Văn Bình cancelled. Text messages are not enabled: please call the citizen on 0912345678.`,
  );
  await expect(row('Trần Văn Bình')).toContainText('Cancelled');

  // Switched back, the same words in Vietnamese, the message already said included.
  await toVietnamese(page);
  await expect(status).toHaveText(
    `Đã huỷ lịch hẹn ${booked.code} của Trần Văn Bình. Tin nhắn chưa được bật: vui lòng gọi báo cho công dân theo số 0912345678.`,
  );
  const viList = page.getByRole('table', { name: `Lịch hẹn ngày ${dayMonthYear(today)}` });
  await expect(viList.getByRole('row').filter({ hasText: 'Trần Văn Bình' })).toContainText(
    'Đã huỷ',
  );
  await expect(page.getByText('2 lịch hẹn: 1 đã lấy số, 1 đã huỷ, 0 chưa lấy số.')).toBeVisible();

  // A day without bookings, in English.
  await toEnglish(page);
  const tomorrow = centreDay(new Date(Date.now() + 24 * 3_600_000));
  await page.getByLabel('Date', { exact: true }).fill(tomorrow);
  await expect(page.getByText('No appointments on this day.')).toBeVisible();

  // A supervisor reads the paired devices in English, and that only admins decide.
  await page.getByRole('button', { name: 'Device pairing', exact: true }).click();
  await expect(
    page.getByText('Only admins approve pairing requests and revoke devices.'),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Paired devices' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Pairing requests' })).toHaveCount(0);
});

test('device pairing reads in English: a code left empty, an approval and a revocation, and Vietnamese again', async ({
  page,
}) => {
  const { pairingCode } = mustOk<PairingState>(
    await api(server.url, 'POST', '/devices/pairing-requests', {
      body: { deviceId: 'kiosk-5', role: 'kiosk', name: 'Kiosk tầng 5' },
    }),
    'pairing request',
  );
  await pairDevice(server.url, { deviceId: 'display-5', role: 'display', name: 'Màn hình tầng 5' });

  await openSupervisor(page, server.url, demoAccounts.admin);
  await toEnglish(page);
  await page.getByRole('button', { name: 'Device pairing', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Devices waiting to be paired' })).toBeVisible();
  const request = tableRow(page, 'Pairing requests', 'kiosk-5');
  await expect(
    page.getByRole('table', { name: 'Pairing requests' }).getByRole('columnheader'),
  ).toHaveText(['Device', 'Name sent by the device', 'Role', 'Code on the device', 'Decision']);
  await expect(request).toContainText('Kiosk tầng 5');
  const field = request.getByLabel('Pairing code of kiosk-5');
  await request.getByRole('button', { name: 'Approve kiosk-5' }).click();
  await expect(field).toHaveAccessibleDescription(
    'Enter the 6-digit code shown on the screen of kiosk-5.',
  );
  // The problem already said follows the language.
  await toVietnamese(page);
  await expect(page.getByLabel('Mã ghép nối của kiosk-5')).toHaveAccessibleDescription(
    'Nhập mã 6 chữ số đang hiện trên màn hình của kiosk-5.',
  );
  await toEnglish(page);
  await field.fill(pairingCode);
  await request.getByRole('button', { name: 'Approve kiosk-5' }).click();
  await expect(page.getByRole('status')).toHaveText('Approved kiosk-5');

  await expect(tableRow(page, 'Paired devices', 'kiosk-5')).toContainText('Kiosk tầng 5');
  const display = tableRow(page, 'Paired devices', 'display-5');
  await expect(display).toContainText('Display');
  // When it was paired, as en-GB writes it, in the centre's time zone.
  await expect(display.getByRole('cell').nth(2)).toHaveText(
    /^\d{2}\/\d{2}\/\d{4}, \d{2}:\d{2}:\d{2}$/,
  );
  await display.getByRole('button', { name: 'Revoke display-5' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Revoke display-5 (Màn hình tầng 5)?' });
  await expect(dialog).toContainText(
    'Display display-5 will be disconnected at once; its screens stop working until it is paired again.',
  );
  await dialog.getByRole('button', { name: 'Revoke', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText(
    'Revoked display-5. The device stops working until it is paired again.',
  );
  await expect(display).toHaveCount(0);

  await toVietnamese(page);
  await expect(page.getByRole('status')).toHaveText(
    'Đã thu hồi display-5. Thiết bị ngừng hoạt động cho đến khi được ghép nối lại.',
  );
  await expect(page.getByRole('heading', { name: 'Thiết bị đã ghép nối' })).toBeVisible();
  const kiosk = tableRow(page, 'Thiết bị đã ghép nối', 'kiosk-5');
  await expect(kiosk).toContainText('Kiosk');
  await expect(kiosk.getByRole('button', { name: 'Thu hồi kiosk-5' })).toBeVisible();
});

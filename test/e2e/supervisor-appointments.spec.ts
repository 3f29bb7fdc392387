import { expect, test } from '@playwright/test';
import type { Appointment } from '@openops/protocol';
import { startQueueServer, type QueueServerProcess } from '../support/queue-server-process';
import { api, demoAccounts, signIn } from '../support/server-auth';
import { centreDay, centreTime, dayMonthYear } from '../support/centre-clock';
import { openSupervisor } from '../support/supervisor-page';

/**
 * The supervisor's list of a day's appointments: what the booking portal booked, who has checked
 * in, a booking cancelled from the screen (its code then refused at the kiosk), and a warning when
 * a day the citizens are booked for becomes a holiday. A real server; the portal and the kiosk
 * over REST.
 */
let server: QueueServerProcess;

test.beforeAll(async () => {
  server = await startQueueServer({ logName: 'supervisor-appointments-server' });
});

test.afterAll(async () => {
  await server?.stop();
});

test('a day’s appointments are listed, cancelled from the screen, and a new holiday is warned of', async ({
  page,
}) => {
  const now = Date.now();
  const soon = new Date(now + 10 * 60_000);
  // Close enough that the test runs at any hour but the last 45 minutes of the centre's day.
  const later = new Date(now + 45 * 60_000);
  test.skip(centreDay(later) !== centreDay(new Date(now)), 'the slots would cross local midnight');
  const today = centreDay(new Date(now));
  const tomorrow = centreDay(new Date(now + 24 * 3_600_000));
  const supervisor = (await signIn(server.url, demoAccounts.supervisor)).token;
  const book = async (slot: Date, citizenName: string, phone?: string): Promise<Appointment> => {
    const reply = await api<Appointment>(server.url, 'POST', '/appointments', {
      token: supervisor,
      body: {
        serviceId: 'ho-tich',
        slotStart: slot.toISOString(),
        citizenName,
        ...(phone ? { phone } : {}),
      },
    });
    if (!reply.body.ok) throw new Error(reply.body.error.message);
    return reply.body.data;
  };
  const checkIn = (code: string) =>
    api(server.url, 'POST', '/appointments/check-in', { body: { code } });
  const first = await book(soon, 'Nguyễn Thị Hoa');
  const second = await book(later, 'Trần Văn Bình', '0912345678');
  const nextDay = await book(new Date(`${tomorrow}T09:00:00+07:00`), 'Lê Thị Mai');
  expect((await checkIn(first.code)).status).toBe(201);

  await openSupervisor(page, server.url);
  await page.getByRole('button', { name: 'Lịch hẹn' }).click();
  const list = page.getByRole('table', { name: `Lịch hẹn ngày ${dayMonthYear(today)}` });
  const row = (name: string) => list.getByRole('row').filter({ hasText: name });
  await expect(row('Nguyễn Thị Hoa')).toContainText(centreTime(soon));
  await expect(row('Nguyễn Thị Hoa')).toContainText(first.code);
  await expect(row('Nguyễn Thị Hoa')).toContainText('Hộ tịch');
  await expect(row('Nguyễn Thị Hoa')).toContainText('Đã lấy số');
  await expect(row('Trần Văn Bình')).toContainText('Đã đặt, chưa lấy số');
  await expect(page.getByText('2 lịch hẹn: 1 đã lấy số, 0 đã huỷ, 1 chưa lấy số.')).toBeVisible();
  // A checked-in citizen's booking cannot be cancelled from here.
  await expect(row('Nguyễn Thị Hoa').getByRole('button')).toHaveCount(0);

  // Cancelled after a second click: the code is refused at the kiosk from then on.
  // The focus follows the buttons as they replace one another.
  const cancelSecond = row('Trần Văn Bình').getByRole('button', {
    name: `Huỷ lịch hẹn ${second.code}`,
  });
  const confirmSecond = row('Trần Văn Bình').getByRole('button', {
    name: `Xác nhận huỷ ${second.code}`,
  });
  await cancelSecond.click();
  await expect(confirmSecond).toBeFocused();
  await row('Trần Văn Bình').getByRole('button', { name: 'Không huỷ' }).click();
  await expect(cancelSecond).toBeFocused();
  await expect(row('Trần Văn Bình')).toContainText('Đã đặt, chưa lấy số');
  await cancelSecond.click();
  await confirmSecond.click();
  const status = page.getByRole('status');
  // This centre sends no texts: the supervisor is asked to call the citizen.
  await expect(status).toHaveText(
    `Đã huỷ lịch hẹn ${second.code} của Trần Văn Bình. Tin nhắn chưa được bật: vui lòng gọi báo cho công dân theo số 0912345678.`,
  );
  await expect(status).toBeFocused();
  await expect(row('Trần Văn Bình')).toContainText('Đã huỷ');
  expect((await checkIn(second.code)).body).toMatchObject({
    ok: false,
    error: { code: 'conflict' },
  });

  // Tomorrow becomes a holiday, the centre closed on holidays: its booked citizen is warned of.
  const config = await api<{ calendar: { holidays: string[] } }>(server.url, 'GET', '/config', {
    token: supervisor,
  });
  if (!config.body.ok) throw new Error(config.body.error.message);
  const { calendar } = config.body.data;
  for (const [section, body] of [
    ['calendar', { ...calendar, holidays: [...calendar.holidays, tomorrow] }],
    ['queuePolicy', { closedOnNonWorkingDays: false, issueOnHolidays: false }],
  ] as const) {
    expect(
      (await api(server.url, 'PUT', `/config/${section}`, { token: supervisor, body })).status,
    ).toBe(200);
  }
  await page.reload();
  await page.getByRole('button', { name: 'Lịch hẹn' }).click();
  await page.getByLabel('Ngày', { exact: true }).fill(tomorrow);
  await expect(page.getByRole('alert')).toHaveText(
    `Ngày ${dayMonthYear(tomorrow)} là ngày nghỉ lễ: kiosk không cấp số, nên 1 công dân đã đặt hẹn sẽ không lấy được số. Hãy báo cho họ và huỷ các lịch hẹn này.`,
  );
  const nextList = page.getByRole('table', { name: `Lịch hẹn ngày ${dayMonthYear(tomorrow)}` });
  await nextList.getByRole('button', { name: `Huỷ lịch hẹn ${nextDay.code}` }).click();
  await nextList.getByRole('button', { name: `Xác nhận huỷ ${nextDay.code}` }).click();
  await expect(nextList.getByRole('row').filter({ hasText: 'Lê Thị Mai' })).toContainText('Đã huỷ');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screens/supervisor-appointments.png' });
});

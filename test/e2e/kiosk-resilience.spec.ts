import { expect, test, type Page } from '@playwright/test';
import { freePort, startServerWithEditedCentre, withOverrides } from '../support/edited-centre';
import { startKioskServerWith } from '../support/kiosk-server';
import { startQueueServer, type QueueServerProcess } from '../support/queue-server-process';
import { temporaryFolder } from '../support/temporary-folder';
import { centreDay, dayMonthYear } from '../support/centre-clock';
import { scanWithWedge } from '../support/kiosk-wedge';
import { api, marriageDossier, mustOk } from '../support/sync-centre';

/**
 * The kiosk when things go wrong: a service out of numbers or closed, a printer that cannot
 * print, the server gone and back. Real server processes, Debian's Chromium.
 */
const screens = 'test-results/screens';
const home = (page: Page) => page.getByRole('heading', { name: 'Chọn dịch vụ bạn cần' });
const offlineNotice = (page: Page) =>
  page.getByRole('heading', { name: 'Máy tạm thời mất kết nối' });

test.describe('refusals', () => {
  let server: QueueServerProcess;
  // A one-minute opening span two hours from now (local time), every day: closed now, for sure.
  const localHour = Number(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Ho_Chi_Minh',
      hour: '2-digit',
      hourCycle: 'h23',
    }).format(new Date()),
  );
  const opensAt = `${String((localHour + 2) % 24).padStart(2, '0')}:00`;

  test.beforeAll(async () => {
    server = await startKioskServerWith({
      'ho-tich': { dailyLimit: 1 },
      'chung-thuc': {
        openingHours: [
          {
            weekdays: [1, 2, 3, 4, 5, 6, 7],
            from: opensAt,
            to: `${opensAt.slice(0, 2)}:01`,
          },
        ],
      },
    });
  });
  test.afterAll(async () => {
    await server?.stop();
  });

  test('the daily limit: the last number is given, then a clear refusal', async ({ page }) => {
    await page.goto(`${server.url}/kiosk/?device=kiosk-limit`);
    await page.getByRole('button', { name: /Hộ tịch/ }).click();
    const ticket = page.getByRole('region', { name: 'Số thứ tự của bạn' });
    await expect(ticket.getByText('A001', { exact: true })).toBeVisible();
    await ticket.getByRole('button', { name: 'Xong' }).click();

    // The home screen says so before the citizen taps; the other services are as before.
    const usedUp = page.getByRole('button', { name: /Hộ tịch/ });
    await expect(usedUp).toContainText('Đã hết số hôm nay');
    await expect(page.getByRole('button', { name: /Đất đai/ })).toContainText('người đang chờ');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('button', { name: /No numbers left today/ })).toHaveCount(1);
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await usedUp.click();
    const refused = page.getByRole('region', { name: 'Chưa lấy được số' });
    await expect(refused.getByRole('alert')).toHaveText('Dịch vụ "Hộ tịch" đã hết số trong ngày.');
    // The advice once, in the kiosk's words: not the server's text with its English gloss.
    await expect(refused).toContainText(
      'Vui lòng quay lại vào ngày làm việc tiếp theo hoặc hỏi nhân viên hướng dẫn.',
    );
    await expect(refused.getByText(/ngày làm việc tiếp theo/)).toHaveCount(1);
    await expect(refused).not.toContainText('(');
    await page.screenshot({ path: `${screens}/kiosk-refused.png` });
    await refused.getByRole('button', { name: 'Về trang chính' }).click();
    await expect(home(page)).toBeVisible();
  });

  test('outside opening hours: the refusal gives the next opening time, in both languages', async ({
    page,
  }) => {
    await page.goto(`${server.url}/kiosk/?device=kiosk-limit`);
    const closed = page.getByRole('button', { name: /Chứng thực/ });
    await expect(closed).toContainText('Hiện không nhận số');
    await closed.click();
    const refused = page.getByRole('region', { name: 'Chưa lấy được số' });
    // "Not giving out numbers now", true at lunch too, not "not open yet".
    await expect(refused.getByRole('alert')).toHaveText('Dịch vụ "Chứng thực" hiện không nhận số.');
    await expect(refused).toContainText(`Giờ nhận số tiếp theo: ${opensAt}`);
    await page.getByRole('button', { name: 'English' }).click();
    const english = page.getByRole('region', { name: 'No number right now' });
    await expect(english.getByRole('alert')).toHaveText(
      '"Certification" is not giving out numbers at this time.',
    );
    await expect(english).toContainText(`Tickets are next given out at ${opensAt}`);
    // One language at a time: nothing Vietnamese is left on the English screen.
    await expect(english).not.toContainText('Dịch vụ');
    await expect(english).not.toContainText('giờ');
  });
});

/**
 * A centre closed on `holiday` (a public holiday, with the default policy), whose civil-status
 * service gives numbers every day, all day, with `civilStatus` on top: only the holiday (or
 * what `civilStatus` adds) stops it.
 */
const startServerClosedOn = (
  holiday: string,
  civilStatus: Record<string, unknown> = {},
): Promise<QueueServerProcess> =>
  startServerWithEditedCentre((config) => {
    config.calendar = { ...(config.calendar as object), holidays: [holiday] };
    config.queuePolicy = { ...(config.queuePolicy as object), issueOnHolidays: false };
    config.services = withOverrides(config.services, {
      'ho-tich': {
        openingHours: [{ weekdays: [1, 2, 3, 4, 5, 6, 7], from: '00:00', to: '24:00' }],
        ...civilStatus,
      },
    });
  }, 'queue-server-kiosk');

test.describe('a public holiday', () => {
  let server: QueueServerProcess;
  const today = centreDay(new Date());
  const tomorrow = new Date(Date.now() + 24 * 3_600_000);

  test.beforeAll(async () => {
    // Today is a holiday of the calendar, with the default policy; the service gives numbers
    // every day, all day, so nothing but the holiday closes it.
    server = await startServerClosedOn(today);
  });
  test.afterAll(async () => {
    await server?.stop();
  });

  test('says it is a holiday and sends citizens to the next day, not to the hours of today', async ({
    page,
  }) => {
    // Just before local midnight the holiday would end while the test runs.
    test.skip(centreDay(new Date(Date.now() + 5 * 60_000)) !== today, 'too close to midnight');
    await page.goto(`${server.url}/kiosk/?device=kiosk-holiday`);
    await page.getByRole('button', { name: /Hộ tịch/ }).click();
    const refused = page.getByRole('region', { name: 'Chưa lấy được số' });
    await expect(refused.getByRole('alert')).toHaveText(
      'Hôm nay là ngày nghỉ lễ, trung tâm không cấp số.',
    );
    await expect(refused).toContainText(`Giờ nhận số tiếp theo: 00:00`);
    await expect(refused).toContainText(dayMonthYear(centreDay(tomorrow)));
    await expect(refused).not.toContainText('hôm nay:');
    await expect(refused).not.toContainText('00:00 hôm nay');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(
      page.getByRole('region', { name: 'No number right now' }).getByRole('alert'),
    ).toHaveText('Today is a public holiday: the centre gives out no numbers.');
  });

  test('names the next open day for a service that gives numbers all day', async ({ page }) => {
    test.skip(centreDay(new Date(Date.now() + 5 * 60_000)) !== today, 'too close to midnight');
    await page.goto(`${server.url}/kiosk/?device=kiosk-holiday`);
    // Đất đai has no opening hours: no hour to name, but the day still is.
    await page.getByRole('button', { name: /Đất đai/ }).click();
    const refused = page.getByRole('region', { name: 'Chưa lấy được số' });
    await expect(refused.getByRole('alert')).toHaveText(
      'Hôm nay là ngày nghỉ lễ, trung tâm không cấp số.',
    );
    await expect(refused).toContainText(
      new RegExp(`Ngày nhận số tiếp theo: .*${dayMonthYear(centreDay(tomorrow))}\\.`),
    );
    await expect(refused).not.toContainText('Giờ nhận số tiếp theo');
  });
});

test.describe('used up on the eve of a public holiday', () => {
  let server: QueueServerProcess;
  const today = centreDay(new Date());
  const tomorrow = centreDay(new Date(Date.now() + 24 * 3_600_000));
  const dayAfter = centreDay(new Date(Date.now() + 48 * 3_600_000));

  test.beforeAll(async () => {
    // One number a day, given out at any hour; tomorrow is a holiday the centre closes for.
    server = await startServerClosedOn(tomorrow, { dailyLimit: 1 });
  });
  test.afterAll(async () => {
    await server?.stop();
  });

  test('the next numbers are named on the day after the holiday, by the server’s calendar', async ({
    page,
  }) => {
    test.skip(centreDay(new Date(Date.now() + 5 * 60_000)) !== today, 'too close to midnight');
    await page.goto(`${server.url}/kiosk/?device=kiosk-eve`);
    await page.getByRole('button', { name: /Hộ tịch/ }).click();
    const ticket = page.getByRole('region', { name: 'Số thứ tự của bạn' });
    await expect(ticket.getByText('A001', { exact: true })).toBeVisible();
    await ticket.getByRole('button', { name: 'Xong' }).click();

    await page.getByRole('button', { name: /Hộ tịch/ }).click();
    const refused = page.getByRole('region', { name: 'Chưa lấy được số' });
    await expect(refused.getByRole('alert')).toHaveText('Dịch vụ "Hộ tịch" đã hết số trong ngày.');
    await expect(refused).toContainText('Giờ nhận số tiếp theo: 00:00');
    await expect(refused).toContainText(dayMonthYear(dayAfter));
    await expect(refused).not.toContainText(dayMonthYear(tomorrow));
  });
});

test.describe('printer', () => {
  let server: QueueServerProcess;
  test.beforeAll(async () => {
    server = await startKioskServerWith({});
  });
  test.afterAll(async () => {
    await server?.stop();
  });

  test('with no working printer the number still shows, with a note to write it down', async ({
    page,
  }) => {
    // No agent serves this kiosk: the server reports its printer as unable to print.
    await page.goto(`${server.url}/kiosk/?device=kiosk-no-printer`);
    await page.getByRole('button', { name: /Đất đai/ }).click();
    const ticket = page.getByRole('region', { name: 'Số thứ tự của bạn' });
    await expect(ticket.getByText(/^C\d{3}$/)).toBeVisible();
    await expect(ticket.getByRole('alert')).toHaveText(
      'Máy in đang gặp sự cố, phiếu có thể không được in. Vui lòng ghi lại số thứ tự ở trên. Nhân viên đã được báo.',
    );
    await page.screenshot({ path: `${screens}/kiosk-printer-fault.png` });
  });
});

test('the kiosk shows a friendly offline screen and comes back by itself', async ({ page }) => {
  const port = await freePort();
  const dataDir = temporaryFolder('kiosk-offline');
  let server = await startQueueServer({ port, dataDir, logName: 'queue-server-kiosk' });
  try {
    await page.goto(`${server.url}/kiosk/?device=kiosk-offline`);
    await page.getByRole('button', { name: /Hộ tịch/ }).click();
    const ticket = page.getByRole('region', { name: 'Số thứ tự của bạn' });
    await expect(ticket.getByText('A001', { exact: true })).toBeVisible();
    await ticket.getByRole('button', { name: 'Xong' }).click();

    await server.stop();
    await expect(page.getByRole('heading', { name: 'Máy tạm thời mất kết nối' })).toBeVisible();
    await expect(page.getByRole('button', { name: /Hộ tịch/ })).toHaveCount(0);
    await page.screenshot({ path: `${screens}/kiosk-offline.png` });

    server = await startQueueServer({ port, dataDir, logName: 'queue-server-kiosk' });
    await expect(home(page)).toBeVisible({ timeout: 20_000 });
    // Numbering carries on across the restart.
    await page.getByRole('button', { name: /Hộ tịch/ }).click();
    await expect(ticket.getByText('A002', { exact: true })).toBeVisible();
  } finally {
    await server.stop();
  }
});

test('a number on screen stays under the offline notice and is back when the server returns', async ({
  page,
}) => {
  const port = await freePort();
  const dataDir = temporaryFolder('kiosk-kept');
  let server = await startQueueServer({ port, dataDir, logName: 'queue-server-kiosk' });
  try {
    await page.goto(`${server.url}/kiosk/?device=kiosk-kept`);
    await page.getByRole('button', { name: /Hộ tịch/ }).click();
    const ticket = page.getByRole('region', { name: 'Số thứ tự của bạn' });
    await expect(ticket.getByText('A001', { exact: true })).toBeVisible();

    // The citizen has not written the number down yet when the link drops.
    await server.stop();
    await expect(page.getByRole('heading', { name: 'Máy tạm thời mất kết nối' })).toBeVisible();
    await expect(page.getByText('A001', { exact: true })).toBeVisible();
    // Out of reach meanwhile: a tap on "Xong" does nothing.
    await page.getByText('Xong', { exact: true }).click({ force: true });
    await page.screenshot({ path: `${screens}/kiosk-offline-kept.png` });

    server = await startQueueServer({ port, dataDir, logName: 'queue-server-kiosk' });
    await expect(page.getByRole('heading', { name: 'Máy tạm thời mất kết nối' })).toHaveCount(0, {
      timeout: 20_000,
    });
    await expect(ticket.getByText('A001', { exact: true })).toBeVisible();
    await ticket.getByRole('button', { name: 'Xong' }).click();
    await expect(home(page)).toBeVisible();
  } finally {
    await server.stop();
  }
});

test('a lookup stays as it was under the offline notice: a scanned receipt’s answer, a code being typed', async ({
  page,
}) => {
  const port = await freePort();
  const dataDir = temporaryFolder('kiosk-kept-lookup');
  let server = await startQueueServer({ port, dataDir, logName: 'queue-server-kiosk' });
  try {
    const dossier = mustOk(
      await api<{ code: string }>(server, 'POST', '/dossiers', marriageDossier('Nguyễn Văn An')),
    );
    await page.goto(`${server.url}/kiosk/?device=kiosk-kept-lookup`);
    await expect(home(page)).toBeVisible();
    await scanWithWedge(page, dossier.code);
    const result = page.getByRole('region', { name: `Kết quả tra cứu: ${dossier.code}` });
    await expect(result).toContainText('Đã tiếp nhận');

    // The answer stays under the notice: the screen is not mounted afresh, so the scanned code
    // is not looked up again (and failing) while the server is away.
    await server.stop();
    await expect(offlineNotice(page)).toBeVisible();
    await expect(result).toContainText('Đã tiếp nhận');
    // A receipt scanned meanwhile opens nothing: the notice says the kiosk is offline.
    await scanWithWedge(page, dossier.code);
    await page.screenshot({ path: `${screens}/kiosk-offline-kept-lookup.png` });
    server = await startQueueServer({ port, dataDir, logName: 'queue-server-kiosk' });
    await expect(offlineNotice(page)).toHaveCount(0, { timeout: 20_000 });
    await expect(result).toContainText('Đã tiếp nhận');
    await expect(page.getByRole('alert')).toHaveCount(0);

    // Half a code typed when the link drops is still there, ready to finish, when it is back.
    await page.getByRole('button', { name: 'Tra cứu mã khác' }).click();
    const field = page.getByRole('textbox', { name: 'Mã hồ sơ' });
    await field.fill('000.00.06.H56-2');
    await server.stop();
    await expect(offlineNotice(page)).toBeVisible();
    await expect(field).toHaveValue('000.00.06.H56-2');
    server = await startQueueServer({ port, dataDir, logName: 'queue-server-kiosk' });
    await expect(offlineNotice(page)).toHaveCount(0, { timeout: 20_000 });
    await expect(field).toHaveValue('000.00.06.H56-2');
    await field.fill(dossier.code);
    await page.getByRole('button', { name: 'Tra cứu', exact: true }).click();
    await expect(result).toContainText('Đã tiếp nhận');
  } finally {
    await server.stop();
  }
});

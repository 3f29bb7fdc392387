import { expect, test } from '@playwright/test';
import { mutedChromium, openDisplay, issueAndCall } from '../support/display-page';
import { startQueueServer, type QueueServerProcess } from '../support/queue-server-process';

/**
 * A screen left on overnight: nothing is pushed at midnight, so its own clock tells it the
 * centre's business day has changed and yesterday's calls leave the board. And its clock shows
 * from the start, before the server has answered.
 */
test.use({ launchOptions: mutedChromium });

let server: QueueServerProcess;

test.beforeAll(async () => {
  server = await startQueueServer({ logName: 'queue-server-display-day' });
});

test.afterAll(async () => {
  await server?.stop();
});

/** The demo centre's next midnight: Ho Chi Minh City is UTC+7 all year. */
const nextMidnightInVietnam = (now: number): number => {
  const day = 24 * 3600_000;
  const offset = 7 * 3600_000;
  return Math.ceil((now + offset) / day) * day - offset;
};

test('yesterday’s calls leave the board at the centre’s midnight', async ({ browser, request }) => {
  const display = await openDisplay(browser, server.url, 'display-1', {
    beforeOpen: (page) => page.clock.install({ time: Date.now() }),
  });
  await expect(display.page.getByRole('listitem', { name: /^Hộ tịch: \d+$/ })).toBeVisible();
  const number = await issueAndCall(request, server.url, { counterId: 'quay-1' });
  await expect(display.currentCall()).toHaveText(`${number} → Quầy 1`);
  const row = display.page
    .getByRole('region', { name: 'Các số vừa gọi' })
    .getByRole('listitem', { name: 'Quầy 1' });
  await expect(row).toContainText(number);

  // The night passes on the screen's clock; the server pushes nothing meanwhile.
  await display.page.clock.setSystemTime(nextMidnightInVietnam(Date.now()) + 30_000);
  await expect(display.currentCall()).toContainText('Xin mời công dân chờ đến lượt');
  await expect(row).not.toContainText(number);
  await display.page.close();
});

test('the clock shows at once, in the centre’s zone, before the server answers', async ({
  browser,
}) => {
  const display = await openDisplay(browser, server.url, 'display-1', {
    // The server never answers this screen's socket.
    beforeOpen: (page) => page.routeWebSocket(/\/socket\.io\//, () => undefined),
  });
  const clock = display.page.getByRole('timer', { name: 'Đồng hồ' });
  const expected = new Intl.DateTimeFormat('vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  await expect(clock).toBeVisible();
  // Read twice around the check, so a minute turning over between them cannot fail it.
  const before = expected.format(new Date());
  const shown = (await clock.locator('time').textContent()) ?? '';
  expect([before, expected.format(new Date())]).toContain(shown);
  await expect(display.page.getByRole('heading', { level: 1 })).toHaveText('');
  await display.page.close();
});

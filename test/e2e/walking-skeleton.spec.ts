import { expect, test } from '@playwright/test';
import type { LoopbackPrinter } from '../support/loopback-printer';
import { startKioskWithPrinter } from '../support/kiosk-with-printer';
import type { QueueServerProcess } from '../support/queue-server-process';

let server: QueueServerProcess;
let printer: LoopbackPrinter;
let stop: (() => Promise<void>) | undefined;

test.beforeAll(async () => {
  ({ server, printer, stop } = await startKioskWithPrinter());
});

test.afterAll(async () => {
  await stop?.();
});

test('a ticket goes from kiosk to printer to counter to display', async ({ browser }) => {
  const kiosk = await browser.newPage();
  await kiosk.goto(`${server.url}/kiosk/?device=kiosk-1`);
  await kiosk.getByRole('button', { name: 'Hộ tịch' }).click();
  const numberLabel = kiosk
    .getByRole('region', { name: 'Số thứ tự của bạn' })
    .getByText(/^A\d{3}$/);
  await expect(numberLabel).toHaveText(/^A\d{3}$/);
  const ticketNumber = (await numberLabel.textContent()) ?? '';
  await kiosk.screenshot({ path: 'test-results/screens/kiosk-ticket.png' });

  // The agent printed ESC/POS holding the number: init, then the number, then a cut (status
  // queries such as DLE EOT may come before the init).
  const bytes = await printer.waitFor((received) => received.includes(ticketNumber));
  const init = bytes.indexOf(Buffer.from([0x1b, 0x40]));
  expect(init).toBeGreaterThanOrEqual(0);
  expect(bytes.indexOf(Buffer.from(ticketNumber), init)).toBeGreaterThan(init);
  expect(bytes.lastIndexOf(Buffer.from([0x1d, 0x56]))).toBeGreaterThan(init);
  // Vietnamese lines (the service name) are raster images: GS v 0.
  expect(bytes.indexOf(Buffer.from([0x1d, 0x76, 0x30]), init)).toBeGreaterThan(init);

  const display = await browser.newPage();
  await display.goto(`${server.url}/display/?device=display-1`);
  await expect(display.getByRole('heading', { level: 1 })).toContainText('Trung tâm');

  const counter = await browser.newPage();
  await counter.goto(`${server.url}/counter/`);
  await counter.getByRole('button', { name: 'Quầy 1' }).click();
  await counter.getByRole('button', { name: 'Gọi số tiếp theo' }).click();
  await expect(counter.getByRole('region', { name: 'Số đang phục vụ' })).toHaveText(ticketNumber);

  await expect(display.getByRole('region', { name: 'Số đang gọi' })).toHaveText(
    `${ticketNumber} → Quầy 1`,
  );
  await display.screenshot({ path: 'test-results/screens/display-call.png' });

  // Nobody else waits for Hộ tịch: the next call is refused with a clear message. (Asked for
  // once the 2 s after a call are over: a second press that soon is taken as a slip.)
  await counter.waitForTimeout(2_100);
  await counter.getByRole('button', { name: 'Gọi số tiếp theo' }).click();
  await expect(counter.getByRole('alert')).toContainText('Không còn công dân nào đang chờ');
});

test('a display that connects late catches up on the latest call', async ({ browser, request }) => {
  const issued = await request.post(`${server.url}/api/v1/tickets`, {
    data: { serviceId: 'chung-thuc' },
  });
  expect(issued.status()).toBe(201);
  const { data } = (await issued.json()) as { data: { ticket: { number: string } } };
  const called = await request.post(`${server.url}/api/v1/counters/quay-3/call-next`);
  expect(called.ok()).toBe(true);

  const display = await browser.newPage();
  await display.goto(`${server.url}/display/`);
  await expect(display.getByRole('region', { name: 'Số đang gọi' })).toHaveText(
    `${data.ticket.number} → Quầy 3`,
  );
});

test('the kiosk switches to English and back', async ({ page }) => {
  await page.goto(`${server.url}/kiosk/`);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'Choose the service you need' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Civil status' })).toBeVisible();
  await page.getByRole('button', { name: 'Tiếng Việt' }).click();
  await expect(page.getByRole('heading', { name: 'Chọn dịch vụ bạn cần' })).toBeVisible();
});

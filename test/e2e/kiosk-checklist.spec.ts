import { expect, test, type Page } from '@playwright/test';
import type { LoopbackPrinter } from '../support/loopback-printer';
import { startKioskWithPrinter } from '../support/kiosk-with-printer';
import type { QueueServerProcess } from '../support/queue-server-process';

/**
 * "In danh sách giấy tờ": the kiosk asks the real server to print a procedure's checklist; the
 * server builds it from its configuration and the real agent prints it on a loopback printer.
 * The procedure code is ASCII, so it reaches the printer as plain text we can find in the bytes.
 */
let server: QueueServerProcess;
let printer: LoopbackPrinter;
let stop: (() => Promise<void>) | undefined;

test.beforeAll(async () => {
  ({ server, printer, stop } = await startKioskWithPrinter());
});

test.afterAll(async () => {
  await stop?.();
});

const openProcedure = async (page: Page, name: string): Promise<void> => {
  await page.setViewportSize({ width: 1280, height: 1024 });
  await page.goto(`${server.url}/kiosk/?device=kiosk-1`);
  await page.getByRole('button', { name: 'Thủ tục hành chính' }).click();
  await page
    .getByRole('list', { name: 'Thủ tục hành chính' })
    .getByRole('button', { name })
    .click();
};

test('the chosen procedure’s checklist is printed on the kiosk’s printer', async ({ page }) => {
  printer.setFaults([]);
  printer.clear();
  await openProcedure(page, 'Đăng ký kết hôn');
  const detail = page.getByRole('region', { name: 'Đăng ký kết hôn' });
  await detail.getByRole('button', { name: 'In danh sách giấy tờ' }).click();
  await expect(detail.getByRole('status')).toHaveText('Đã gửi lệnh in danh sách giấy tờ.');
  const job = printer.jobs().find((bytes) => bytes.includes('1.000894'));
  expect(job, 'a print job with the marriage registration code').toBeDefined();
  // Only that procedure: the birth registration's code is not on the paper.
  expect(printer.received().includes('1.001193')).toBe(false);
  // A document that starts with ESC @ and ends with a cut (GS V).
  expect(job?.subarray(0, 2)).toEqual(Buffer.from([0x1b, 0x40]));
  expect(job?.includes(Buffer.from([0x1d, 0x56]))).toBe(true);
});

test('a printer out of paper: the kiosk says it could not print', async ({ page }) => {
  printer.clear();
  printer.setFaults(['paper-out']);
  await openProcedure(page, 'Đăng ký khai sinh');
  const detail = page.getByRole('region', { name: 'Đăng ký khai sinh' });
  await detail.getByRole('button', { name: 'In danh sách giấy tờ' }).click();
  await expect(detail.getByRole('alert')).toHaveText(
    'Không in được: máy in đang gặp sự cố (ví dụ hết giấy). Vui lòng ghi lại các giấy tờ trên màn hình hoặc hỏi nhân viên hướng dẫn.',
  );
  expect(printer.received().includes('1.001193')).toBe(false);
  printer.setFaults([]);
});

test('no printer connected: one message, in the language on screen, that it did not print', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 1024 });
  // No agent drives this kiosk's printer.
  await page.goto(`${server.url}/kiosk/?device=kiosk-no-printer`);
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Procedures' }).click();
  await page
    .getByRole('list', { name: 'Administrative procedures' })
    .getByRole('button', { name: 'Birth registration' })
    .click();
  const detail = page.getByRole('region', { name: 'Birth registration' });
  await detail.getByRole('button', { name: 'Print the checklist' }).click();
  await expect(detail.getByRole('alert')).toHaveText(
    'Could not print: the printer is not ready. Please note the documents on the screen or ask a member of staff.',
  );
  // English plurals: one copy is "1 copy".
  await expect(detail.getByRole('list').first()).toContainText('1 copy');
  await expect(detail.getByRole('list').first()).not.toContainText('1 copies');
  await page.getByRole('button', { name: 'Tiếng Việt' }).click();
  await expect(
    page.getByRole('region', { name: 'Đăng ký khai sinh' }).getByRole('alert'),
  ).toHaveText(
    'Không in được: máy in chưa sẵn sàng. Vui lòng ghi lại các giấy tờ trên màn hình hoặc hỏi nhân viên hướng dẫn.',
  );
});

test('in English the button prints the checklist too', async ({ page }) => {
  printer.setFaults([]);
  printer.clear();
  await page.setViewportSize({ width: 1280, height: 1024 });
  await page.goto(`${server.url}/kiosk/?device=kiosk-1`);
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Procedures' }).click();
  await page
    .getByRole('list', { name: 'Administrative procedures' })
    .getByRole('button', { name: 'Certified copies from originals' })
    .click();
  const detail = page.getByRole('region', { name: 'Certified copies from originals' });
  await detail.getByRole('button', { name: 'Print the checklist' }).click();
  await expect(detail.getByRole('status')).toHaveText('The checklist is being printed.');
  expect(printer.received().includes('2.000815')).toBe(true);
});

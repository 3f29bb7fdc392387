import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { startQueueServer, type QueueServerProcess } from '../support/queue-server-process';
import { counterPage } from '../support/counter-page';

/**
 * What an officer reads and where it sits: the reception form's messages in the officer's
 * language and beside the field they concern, a transferred citizen's note at the receiving
 * counter, and the working screen on a 1366×768 display.
 */
let server: QueueServerProcess;

test.beforeAll(async () => {
  server = await startQueueServer({ logName: 'counter-handover-server' });
});

test.afterAll(async () => {
  await server?.stop();
});

const issue = async (
  request: APIRequestContext,
  serviceId: string,
  priorityCategoryId?: string,
): Promise<string> => {
  const reply = await request.post(`${server.url}/api/v1/tickets`, {
    data: { serviceId, ...(priorityCategoryId ? { priorityCategoryId } : {}) },
  });
  expect(reply.status()).toBe(201);
  return ((await reply.json()) as { data: { ticket: { number: string } } }).data.ticket.number;
};

const openCounter = async (page: Page, officer: number, counter: string) => {
  await page.goto(`${server.url}/counter/?device=counter-pc-${officer}`);
  const screen = counterPage(page);
  await screen.signIn({ username: `can-bo-${officer}`, password: 'canbo-demo', counter });
  // Keys act only once the counter's socket is online (the actions are enabled then).
  await expect(page.getByRole('button', { name: /^Gọi số tiếp theo/ })).toBeEnabled();
  return screen;
};

test('the reception form names an empty name and a zero quantity in the officer’s words, beside the field', async ({
  page,
}) => {
  const counter = await openCounter(page, 1, 'Quầy 1');
  await counter.press('F8');
  await counter.chooseProcedure('khai sinh', /Đăng ký khai sinh/);
  const form = counter.dossierForm;
  // The optional document already says when it applies: no "(nếu có)" after it.
  await expect(form.getByRole('row', { name: /Văn bản ủy quyền/ })).toContainText(
    'Văn bản ủy quyền (nếu nộp thay)',
  );
  await expect(form.getByRole('row', { name: /Văn bản ủy quyền/ })).not.toContainText('nếu có');

  const quantity = form.getByRole('spinbutton', { name: 'Số lượng: Giấy chứng sinh' });
  await quantity.fill('0');
  await form.getByRole('button', { name: 'Tiếp nhận và in biên nhận' }).click();
  await expect(form.getByText('Hồ sơ chưa hợp lệ, xem các ô được đánh dấu')).toBeVisible();
  await expect(form.getByRole('textbox', { name: 'Họ và tên' })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await expect(form.getByText('Cần nhập họ và tên')).toBeVisible();
  await expect(quantity).toHaveAttribute('aria-invalid', 'true');
  await expect(quantity).toHaveAccessibleDescription('Số lượng từ 1 đến 99');
  await expect(form).not.toContainText('Too small');
  // Typing in a field takes its error away; the others stay until they are changed too.
  const name = form.getByRole('textbox', { name: 'Họ và tên' });
  await name.fill('Phạm Thị Mai');
  await expect(form.getByText('Cần nhập họ và tên')).toHaveCount(0);
  await expect(name).not.toHaveAttribute('aria-invalid');
  await expect(quantity).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByText('Hồ sơ chưa hợp lệ, xem các ô được đánh dấu')).toBeVisible();
  // With the last marked field changed, the banner about marked fields goes too.
  await quantity.fill('1');
  await expect(form.getByText('Hồ sơ chưa hợp lệ, xem các ô được đánh dấu')).toHaveCount(0);
  await name.fill('');

  await page.getByRole('button', { name: 'English' }).click();
  const quantityEn = form.getByRole('spinbutton', { name: 'Quantity: Giấy chứng sinh' });
  await quantityEn.fill('');
  await form.getByRole('button', { name: 'Receive and print the receipt' }).click();
  await expect(form.getByText('Enter the full name')).toBeVisible();
  await expect(quantityEn).toHaveAccessibleDescription('The quantity is from 1 to 99');
});

test('a transferred citizen arrives at the receiving counter with where from and the note', async ({
  browser,
  request,
}) => {
  const number = await issue(request, 'ho-tich');
  const note = 'Cần chứng thực bản sao giấy khai sinh';
  // The receiving counter is open: a transfer to a closed one is refused (counter-close.spec.ts).
  const third = await browser.newPage();
  const quay3 = await openCounter(third, 3, 'Quầy 3');
  const first = await browser.newPage();
  const quay1 = await openCounter(first, 1, 'Quầy 1');
  await quay1.press('F1');
  await expect(quay1.current).toHaveText(number);
  await quay1.press('F7');
  const transfer = first.getByRole('dialog', { name: `Chuyển số ${number}` });
  await transfer
    .getByRole('combobox', { name: 'Sang dịch vụ' })
    .selectOption({ label: 'Chứng thực' });
  await transfer.getByRole('combobox', { name: 'Sang quầy' }).selectOption({ label: 'Quầy 3' });
  await transfer.getByRole('textbox', { name: 'Ghi chú' }).fill(note);
  await transfer.getByRole('button', { name: 'Xác nhận chuyển' }).click();
  await expect(transfer).toHaveCount(0);

  await expect(quay3.waitingRow(number)).toContainText(`Chuyển từ Quầy 1: ${note}`);
  await quay3.press('F1');
  await expect(quay3.current).toHaveText(number);
  const received = third.getByRole('note', { name: 'Chuyển từ Quầy 1' });
  await expect(received).toHaveText(`Chuyển từ Quầy 1: ${note}`);
  await first.close();
  await third.close();
});

test('at 1366×768 the waiting list takes the width, rows keep one line, F8 scrolls the form into view, and the offline notice stays in view', async ({
  page,
  request,
}) => {
  await issue(request, 'dat-dai');
  const elder = await issue(request, 'dat-dai', 'nguoi-cao-tuoi');
  for (let index = 0; index < 6; index += 1) await issue(request, 'tra-ket-qua');
  await page.setViewportSize({ width: 1366, height: 768 });
  const counter = await openCounter(page, 4, 'Quầy 4');
  const list = await counter.queue.boundingBox();
  expect(list?.width ?? 0, 'waiting list width').toBeGreaterThan(1200);
  const row = counter.waitingRow(elder);
  await expect(row).toContainText('Ưu tiên: Người cao tuổi');
  const rowBox = await row.boundingBox();
  const callBox = await row.getByRole('button', { name: `Gọi ${elder}` }).boundingBox();
  // One line: as tall as its call button plus the cell padding, not a stack of wrapped words.
  expect(rowBox?.height ?? 999, 'priority row height').toBeLessThan((callBox?.height ?? 0) + 24);
  expect((rowBox?.y ?? 999) + (rowBox?.height ?? 0)).toBeLessThanOrEqual(768);

  // The form opens under the list and is brought into view; once a procedure is chosen its
  // top is at the top of the screen, under the place kept for the connection notice.
  await counter.press('F8');
  await expect(
    counter.dossierForm.getByRole('searchbox', { name: 'Tìm thủ tục' }),
  ).toBeInViewport();
  await counter.chooseProcedure('khai sinh', /Đăng ký khai sinh/);
  await expect(async () => {
    const form = await counter.dossierForm.boundingBox();
    expect(form?.y ?? -1, 'form top').toBeGreaterThanOrEqual(0);
    expect(form?.y ?? 999, 'form top').toBeLessThan(100);
  }).toPass();

  // The page is scrolled down to the form when the server goes away.
  await server.stop();
  const offline = page.getByRole('status').filter({ hasText: 'Mất kết nối máy chủ' });
  await expect(offline).toBeVisible({ timeout: 20_000 });
  await expect(offline).toBeInViewport();
  expect(await page.evaluate<number>('document.scrollingElement.scrollTop')).toBeGreaterThan(0);
});

import { expect, test, type Page } from '@playwright/test';
import { counterPage } from '../support/counter-page';
import { startQueueServer, type QueueServerProcess } from '../support/queue-server-process';

/**
 * A dossier half entered when the counter screen reloads (a renderer crash, a stray F5) comes
 * back as it was, and is received once; a received, discarded or closed-counter dossier does not.
 */
let server: QueueServerProcess;

test.beforeAll(async () => {
  server = await startQueueServer({ logName: 'queue-server-dossier-draft' });
});

test.afterAll(async () => {
  await server?.stop();
});

const openCounter = async (page: Page) => {
  await page.goto(`${server.url}/counter/?device=counter-pc-1`);
  const counter = counterPage(page);
  await counter.signIn({ username: 'can-bo-1', password: 'canbo-demo', counter: 'Quầy 1' });
  return counter;
};

const dossierCount = async (): Promise<number> => {
  const session = await fetch(`${server.url}/api/v1/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'giam-sat', password: 'giamsat-demo' }),
  });
  const { data } = (await session.json()) as { data: { token: string } };
  const list = await fetch(`${server.url}/api/v1/dossiers`, {
    headers: { authorization: `Bearer ${data.token}` },
  });
  return ((await list.json()) as { data: unknown[] }).data.length;
};

test('a reload brings back the dossier being entered, which is then received once', async ({
  page,
}) => {
  const counter = await openCounter(page);
  await counter.press('F8');
  await counter.chooseProcedure('ket hon', /^Đăng ký kết hôn/);
  const form = counter.dossierForm;
  const optional = form.getByRole('checkbox', { name: 'Giấy xác nhận tình trạng hôn nhân' });
  await optional.check();
  await form
    .getByRole('combobox', { name: 'Hình thức: Giấy xác nhận tình trạng hôn nhân' })
    .selectOption({ label: 'Bản sao chứng thực' });
  await form.getByRole('textbox', { name: 'Họ và tên' }).fill('Trần Thị Ngọc Ánh');
  await form.getByRole('textbox', { name: 'Số điện thoại' }).fill('0903123456');
  await form.getByRole('textbox', { name: 'Địa chỉ' }).fill('Số 5, đường Lê Lợi, phường Bến Thành');

  await page.reload();
  // Back at the counter, the form open again with everything entered and a word on why.
  await expect(page.getByRole('heading', { level: 1, name: 'Quầy 1' })).toBeVisible();
  // The form's other status is the fees' total (fee-lines.tsx): the notice is told by its words.
  await expect(
    form.getByRole('status').filter({ hasText: 'Đã khôi phục hồ sơ đang nhập dở' }),
  ).toHaveText(/^Đã khôi phục hồ sơ đang nhập dở \(lưu lúc \d{2}:\d{2}:\d{2}\)\. Nhập lại từ đầu$/);
  await expect(form.getByRole('status', { name: 'Tổng lệ phí' })).toHaveText('0 đ');
  await expect(form.locator('.chosen')).toContainText('Đăng ký kết hôn');
  // This centre has no SMS gateway: no text is offered (kiosk-backend.spec.ts: one that has).
  await expect(form.getByRole('checkbox', { name: 'Nhắn tin khi có kết quả' })).toHaveCount(0);
  await expect(optional).toBeChecked();
  await expect(
    form.getByRole('combobox', { name: 'Hình thức: Giấy xác nhận tình trạng hôn nhân' }),
  ).toHaveValue('certified-copy');
  await expect(form.getByRole('textbox', { name: 'Họ và tên' })).toHaveValue('Trần Thị Ngọc Ánh');
  await expect(form.getByRole('textbox', { name: 'Số điện thoại' })).toHaveValue('0903123456');
  await expect(form.getByRole('textbox', { name: 'Địa chỉ' })).toHaveValue(
    'Số 5, đường Lê Lợi, phường Bến Thành',
  );

  await form.getByRole('button', { name: 'Tiếp nhận và in biên nhận' }).click();
  await counter.receiptCode();
  expect(await dossierCount()).toBe(1);

  // Received: a reload opens no form, and the form opened again is empty.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Quầy 1' })).toBeVisible();
  await expect(form).toHaveCount(0);
  await counter.press('F8');
  await expect(form.getByRole('searchbox', { name: 'Tìm thủ tục' })).toHaveValue('');
  await expect(form.getByRole('status')).toHaveCount(0);
  expect(await dossierCount()).toBe(1);
});

test('"start over" and closing the counter leave no draft behind', async ({ page }) => {
  const counter = await openCounter(page);
  const form = counter.dossierForm;
  await counter.press('F8');
  await counter.chooseProcedure('khai sinh', /^Đăng ký khai sinh/);
  await form.getByRole('textbox', { name: 'Họ và tên' }).fill('Lê Văn Bình');
  await page.reload();
  await form.getByRole('button', { name: 'Nhập lại từ đầu' }).click();
  await expect(form.getByRole('status')).toHaveCount(0);
  await expect(form.locator('.chosen')).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Quầy 1' })).toBeVisible();
  await expect(form).toHaveCount(0);

  await counter.press('F8');
  await counter.chooseProcedure('khai sinh', /^Đăng ký khai sinh/);
  await form.getByRole('textbox', { name: 'Họ và tên' }).fill('Lê Văn Bình');
  await page.getByRole('button', { name: 'Đóng quầy' }).click();
  await counter.signIn({ username: 'can-bo-1', password: 'canbo-demo', counter: 'Quầy 1' });
  await expect(form).toHaveCount(0);
  await counter.press('F8');
  await expect(form.getByRole('status')).toHaveCount(0);
  await expect(form.locator('.chosen')).toHaveCount(0);
});

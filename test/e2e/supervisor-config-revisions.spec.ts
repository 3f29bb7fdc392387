import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startQueueServer, type QueueServerProcess } from '../support/queue-server-process';
import { api, demoAccounts, signIn } from '../support/server-auth';
import { openSupervisor } from '../support/supervisor-page';

/**
 * The configuration screen against a second editor and Vietnamese input: a save names the
 * revision it edited, a stale one is refused and read again; procedures show what was saved;
 * limits are typed the Vietnamese way; refusals are worded in Vietnamese.
 */
test.describe.configure({ mode: 'serial' });

let server: QueueServerProcess;

test.beforeAll(async () => {
  server = await startQueueServer({ logName: 'supervisor-config-revisions-server' });
});

test.afterAll(async () => {
  await server?.stop();
});

type Service = { id: string; name: string; nameEn: string; dailyLimit: number | null };
const servicesOnDisk = (): Service[] =>
  (
    JSON.parse(readFileSync(path.join(server.dataDir, 'centre.json'), 'utf8')) as {
      services: Service[];
    }
  ).services;
const serviceOnDisk = (id: string): Service | undefined =>
  servicesOnDisk().find((service) => service.id === id);

const openSection = async (page: Page, section: string): Promise<void> => {
  await openSupervisor(page, server.url);
  await page.getByRole('button', { name: 'Cấu hình' }).click();
  await page.getByLabel('Phần cấu hình').selectOption(section);
};

test("a save made after another supervisor's is refused, not written over theirs, and the section is read again", async ({
  page,
}) => {
  await openSection(page, 'services');
  const editor = page.getByRole('region', { name: 'Sửa cấu hình' });
  await expect(page.getByRole('textbox', { name: 'Tên — dat-dai' })).toHaveValue(
    'Đất đai – Xây dựng',
  );

  // Another supervisor renames a service while this screen is open.
  const other = await signIn(server.url, demoAccounts.admin);
  const read = await api<{ services: Service[]; revisions: Record<string, string> }>(
    server.url,
    'GET',
    '/config',
    { token: other.token },
  );
  if (!read.body.ok) throw new Error(read.body.error.message);
  const renamed = read.body.data.services.map((service) =>
    service.id === 'dat-dai' ? { ...service, name: 'Đất đai' } : service,
  );
  const theirs = await api(server.url, 'PUT', '/config/services', {
    token: other.token,
    body: renamed,
    headers: { 'if-match': read.body.data.revisions.services ?? '' },
  });
  expect(theirs.status).toBe(200);

  // This screen still shows the old list; its save must not put "Đất đai – Xây dựng" back.
  await page.getByRole('textbox', { name: 'Tên tiếng Anh — ho-tich' }).fill('Civil registration');
  await page.getByRole('button', { name: 'Lưu dịch vụ và giờ mở cửa' }).click();
  const refusal = editor.getByRole('alert');
  await expect(refusal).toContainText(
    'Chưa lưu: phần "Dịch vụ và giờ mở cửa" vừa được người khác thay đổi sau khi bạn mở',
  );
  expect(serviceOnDisk('dat-dai')?.name).toBe('Đất đai');
  expect(serviceOnDisk('ho-tich')?.nameEn).not.toBe('Civil registration');

  // "Tải lại" shows their change, and nothing of the stale table is left on screen.
  await refusal.getByRole('button', { name: 'Tải lại' }).click();
  await expect(editor.getByRole('status')).toContainText('Đã tải lại cấu hình mới nhất');
  await expect(page.getByRole('textbox', { name: 'Tên — dat-dai' })).toHaveValue('Đất đai');
  await expect(page.getByRole('textbox', { name: 'Tên tiếng Anh — ho-tich' })).not.toHaveValue(
    'Civil registration',
  );

  // Edited again, it is saved beside theirs; a second save in a row goes through too, since
  // each save takes the revisions its answer carries.
  await page.getByRole('textbox', { name: 'Tên tiếng Anh — ho-tich' }).fill('Civil registration');
  await page.getByRole('button', { name: 'Lưu dịch vụ và giờ mở cửa' }).click();
  await expect(editor.getByRole('status')).toContainText('Đã lưu: Dịch vụ và giờ mở cửa');
  await page.getByRole('textbox', { name: 'Tên tiếng Anh — chung-thuc' }).fill('Certification');
  await page.getByRole('button', { name: 'Lưu dịch vụ và giờ mở cửa' }).click();
  await expect(editor.getByRole('status')).toContainText('Đã lưu: Dịch vụ và giờ mở cửa');
  expect(serviceOnDisk('dat-dai')?.name).toBe('Đất đai');
  expect(serviceOnDisk('ho-tich')?.nameEn).toBe('Civil registration');
  expect(serviceOnDisk('chung-thuc')?.nameEn).toBe('Certification');

  // A holiday added on a calendar somebody else changed is refused beside the holidays.
  const calendar = await api<{ calendar: { holidays: string[] } }>(server.url, 'GET', '/config', {
    token: other.token,
  });
  if (!calendar.body.ok) throw new Error(calendar.body.error.message);
  const withTheirs = {
    ...calendar.body.data.calendar,
    holidays: [...calendar.body.data.calendar.holidays, '2026-12-30'],
  };
  expect(
    (await api(server.url, 'PUT', '/config/calendar', { token: other.token, body: withTheirs }))
      .status,
  ).toBe(200);
  const holidays = page.getByRole('region', { name: 'Ngày nghỉ lễ' });
  await holidays.getByLabel('Ngày nghỉ mới').fill('2026-12-31');
  await holidays.getByRole('button', { name: 'Thêm ngày nghỉ' }).click();
  await expect(holidays.getByRole('alert')).toContainText('vừa được người khác thay đổi');
  await holidays.getByRole('button', { name: 'Tải lại' }).click();
  await expect(holidays.getByRole('button', { name: 'Xoá ngày nghỉ 30/12/2026' })).toBeVisible();
  await holidays.getByRole('button', { name: 'Thêm ngày nghỉ' }).click();
  await expect(holidays.getByRole('status')).toContainText('Đã lưu: Lịch làm việc và ngày nghỉ');
  await expect(holidays.getByRole('button', { name: 'Xoá ngày nghỉ 31/12/2026' })).toBeVisible();
  await expect(holidays.getByRole('button', { name: 'Xoá ngày nghỉ 30/12/2026' })).toBeVisible();
});

test('a daily limit typed the Vietnamese way, 1.000, is saved as a thousand; anything else is refused on its cell', async ({
  page,
}) => {
  await openSection(page, 'services');
  const limit = page.getByRole('textbox', { name: 'Giới hạn/ngày — chung-thuc' });
  await limit.fill('1.000');
  await page.getByRole('button', { name: 'Lưu dịch vụ và giờ mở cửa' }).click();
  await expect(page.getByRole('status')).toContainText('Đã lưu: Dịch vụ và giờ mở cửa');
  expect(serviceOnDisk('chung-thuc')?.dailyLimit).toBe(1000);
  await expect(limit).toHaveValue('1.000');

  const before = readFileSync(path.join(server.dataDir, 'centre.json'), 'utf8');
  await limit.fill('1,5');
  await page.getByRole('button', { name: 'Lưu dịch vụ và giờ mở cửa' }).click();
  await expect(page.getByRole('list', { name: 'Lỗi cấu hình' })).toHaveText(
    'Dòng 2: giới hạn/ngày phải là số nguyên, ví dụ 25 hoặc 1.000 (dấu chấm ngăn hàng nghìn)',
  );
  await expect(limit).toHaveAttribute('aria-invalid', 'true');
  await expect(limit).toHaveAccessibleDescription(
    'Giới hạn/ngày phải là số nguyên, ví dụ 25 hoặc 1.000 (dấu chấm ngăn hàng nghìn)',
  );
  expect(readFileSync(path.join(server.dataDir, 'centre.json'), 'utf8')).toBe(before);
});

test('sections edited as JSON are refused in Vietnamese, each entry and setting named', async ({
  page,
}) => {
  await openSection(page, 'priorityCategories');
  const json = page.getByRole('textbox', { name: 'Nội dung: Đối tượng ưu tiên (JSON)' });
  const categories = JSON.parse(await json.inputValue()) as Array<{ name: string }>;
  const emptied = categories.map((category, index) =>
    index === 1 ? { ...category, name: '' } : category,
  );
  await json.fill(JSON.stringify(emptied, null, 2));
  await page.getByRole('button', { name: 'Lưu phần này' }).click();
  const errors = page.getByRole('list', { name: 'Lỗi cấu hình' });
  await expect(errors).toHaveText('Đối tượng ưu tiên số 2: cần nhập tên');
  await expect(page.getByRole('alert')).toContainText('Chưa lưu đối tượng ưu tiên');

  await page.getByLabel('Phần cấu hình').selectOption('queuePolicy');
  await page
    .getByRole('textbox', { name: 'Nội dung: Chính sách gọi số (JSON)' })
    .fill('{ "calling": { "mode": "nhanh" } }');
  await page.getByRole('button', { name: 'Lưu phần này' }).click();
  await expect(errors).toContainText('Cách gọi số phải là một trong: "strict"');
  await expect(page.getByRole('alert')).not.toContainText(/Invalid|Expected|Too small/);
});

test('a saved procedure is what the editor shows when it is picked again, and saving again keeps it', async ({
  page,
}) => {
  await openSupervisor(page, server.url);
  await page.getByRole('button', { name: 'Cấu hình' }).click();
  await page.getByRole('button', { name: 'Thủ tục và giấy tờ…' }).click();
  const editor = page.getByRole('region', { name: 'Cấu hình thủ tục' });
  const picker = editor.getByRole('combobox', { name: /^Thủ tục/ });
  const days = editor.getByLabel('Thời hạn giải quyết (ngày làm việc)');
  await picker.selectOption('dang-ky-ket-hon');
  await expect(days).toHaveValue('3');
  await days.fill('5');
  await editor.getByRole('button', { name: 'Thêm giấy tờ' }).click();
  const documents = editor.getByRole('group', { name: /^Giấy tờ \d+$/ });
  const added = await documents.count();
  await editor.getByLabel(`Tên giấy tờ ${added}`).fill('Bản sao căn cước của hai bên');
  await editor.getByRole('button', { name: 'Lưu thủ tục' }).click();
  await expect(editor.getByRole('status')).toContainText('Đã lưu "Đăng ký kết hôn"');

  await picker.selectOption('dang-ky-khai-sinh');
  await expect(days).toHaveValue('0');
  await picker.selectOption('dang-ky-ket-hon');
  await expect(days).toHaveValue('5');
  await expect(editor.getByLabel(`Tên giấy tờ ${added}`)).toHaveValue(
    'Bản sao căn cước của hai bên',
  );

  // Saved again as shown: the server keeps the edit, not the version first opened.
  await editor.getByRole('button', { name: 'Lưu thủ tục' }).click();
  await expect(editor.getByRole('status')).toContainText('Đã lưu "Đăng ký kết hôn"');
  const stored = await api<{ processingDays: number; documents: Array<{ name: string }> }>(
    server.url,
    'GET',
    '/procedures/dang-ky-ket-hon',
  );
  expect(stored.body.ok && stored.body.data.processingDays).toBe(5);
  expect(stored.body.ok && stored.body.data.documents.map((document) => document.name)).toContain(
    'Bản sao căn cước của hai bên',
  );
});

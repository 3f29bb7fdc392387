import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { startQueueServer, type QueueServerProcess } from '../support/queue-server-process';
import { api, demoAccounts, signIn } from '../support/server-auth';
import { openSupervisor, tableRow } from '../support/supervisor-page';
import { connectAs, nextEvent } from '../support/server-sockets';

test.describe.configure({ mode: 'serial' });

let server: QueueServerProcess;

test.beforeAll(async () => {
  server = await startQueueServer({ logName: 'supervisor-config-server' });
});

test.afterAll(async () => {
  await server?.stop();
});

type CentreFile = {
  calendar: { holidays: string[] };
  displays: Array<{ id: string; notice?: string }>;
  officers: Array<{ id: string; passwordHash: string }>;
};
const centreOnDisk = (): CentreFile =>
  JSON.parse(readFileSync(path.join(server.dataDir, 'centre.json'), 'utf8')) as CentreFile;

test('holidays and notice text are edited in forms, written to centre.json and audited with who changed them', async ({
  page,
}) => {
  await openSupervisor(page, server.url);
  await page.getByRole('button', { name: 'Cấu hình' }).click();

  const add = page.getByRole('form', { name: 'Thêm ngày nghỉ' });
  await add.getByLabel('Ngày nghỉ mới').fill('2026-12-31');
  await add.getByRole('button', { name: 'Thêm ngày nghỉ' }).click();
  await expect(page.getByRole('status')).toContainText('Đã lưu: Lịch làm việc và ngày nghỉ');
  await expect(page.getByRole('button', { name: 'Xoá ngày nghỉ 31/12/2026' })).toBeVisible();
  await expect(
    page.getByRole('listitem').filter({ hasText: '31/12/2026 (Thứ Năm)' }),
  ).toBeVisible();
  expect(centreOnDisk().calendar.holidays).toContain('2026-12-31');

  const notice =
    'Trung tâm nghỉ Tết Nguyên đán từ ngày 14/02; mọi thắc mắc xin hỏi quầy hướng dẫn.';
  // A display already open learns the new notice without reconnecting.
  const display = await connectAs(server.url, '/display', { deviceId: 'display-1' });
  const pushed = nextEvent<{ notice?: string | null }>(
    display,
    'display:config',
    (view) => view.notice === notice,
  );
  await page.getByRole('textbox', { name: 'Sảnh chờ tầng 1' }).fill(notice);
  await page.getByRole('button', { name: 'Lưu thông báo' }).click();
  expect((await pushed).notice).toBe(notice);
  display.close();
  await expect(page.getByRole('status')).toContainText(
    'Đã lưu: Màn hình, khu vực và dòng thông báo',
  );
  expect(centreOnDisk().displays.find((display) => display.id === 'display-1')?.notice).toBe(
    notice,
  );

  const audit = page.getByRole('table', { name: 'Nhật ký thay đổi cấu hình' });
  await expect(audit.getByRole('row').nth(1)).toContainText('giam-sat');
  await expect(audit.getByRole('row').nth(1)).toContainText('Màn hình, khu vực và dòng thông báo');
  await expect(audit.getByRole('row').nth(1)).toContainText('sửa display-1');
  await expect(audit.getByRole('row').nth(2)).toContainText('Lịch làm việc và ngày nghỉ');
  // In the centre's time (Asia/Ho_Chi_Minh), whatever zone the supervisor's PC is set to.
  const centreHour = (at: number): string =>
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Ho_Chi_Minh',
      hour: '2-digit',
      hourCycle: 'h23',
    }).format(at);
  // The change was saved within the last minute, maybe just before the hour turned.
  const hours = [centreHour(Date.now()), centreHour(Date.now() - 60_000)].join('|');
  await expect(audit.getByRole('row').nth(1).getByRole('cell').first()).toContainText(
    new RegExp(`(^|\\D)(${hours}):\\d{2}`),
  );
});

test('services and counters are edited as tables; opening hours and weights are read from text', async ({
  page,
}) => {
  await openSupervisor(page, server.url);
  await page.getByRole('button', { name: 'Cấu hình' }).click();
  await page.getByLabel('Phần cấu hình').selectOption('services');
  await page
    .getByRole('textbox', { name: 'Giờ mở cửa — chung-thuc' })
    .fill('1-5 07:30-11:30; 1-5 13:30-17:00');
  await page.getByRole('textbox', { name: 'Giới hạn/ngày — chung-thuc' }).fill('');
  await page.getByRole('button', { name: 'Lưu dịch vụ và giờ mở cửa' }).click();
  await expect(page.getByRole('status')).toContainText('Đã lưu: Dịch vụ và giờ mở cửa');
  const service = (
    JSON.parse(readFileSync(path.join(server.dataDir, 'centre.json'), 'utf8')) as {
      services: Array<{
        id: string;
        openingHours?: unknown;
        dailyLimit: number | null;
        name: string;
      }>;
    }
  ).services.find((entry) => entry.id === 'chung-thuc');
  expect(service).toMatchObject({
    name: 'Chứng thực',
    dailyLimit: null,
    openingHours: [
      { weekdays: [1, 2, 3, 4, 5], from: '07:30', to: '11:30' },
      { weekdays: [1, 2, 3, 4, 5], from: '13:30', to: '17:00' },
    ],
  });

  await page.getByLabel('Phần cấu hình').selectOption('counters');
  await page.getByRole('textbox', { name: 'Trọng số — quay-2' }).fill('chung-thuc:3');
  await page.getByRole('button', { name: 'Lưu quầy, dịch vụ và trọng số' }).click();
  await expect(page.getByRole('status')).toContainText('Đã lưu: Quầy, dịch vụ và trọng số');
  const audit = page.getByRole('table', { name: 'Nhật ký thay đổi cấu hình' });
  await expect(audit.getByRole('row').nth(1)).toContainText('sửa quay-2');
  await expect(audit.getByRole('row').nth(2)).toContainText('sửa chung-thuc');
});

test('a section that breaks the centre model is refused with each bad path, and nothing is written', async ({
  page,
}) => {
  const before = readFileSync(path.join(server.dataDir, 'centre.json'), 'utf8');
  await openSupervisor(page, server.url);
  await page.getByRole('button', { name: 'Cấu hình' }).click();
  await page.getByLabel('Phần cấu hình').selectOption('counters');
  await page.getByRole('textbox', { name: 'Dịch vụ — quay-1' }).fill('khong-co-dich-vu');
  await page.getByRole('button', { name: 'Lưu quầy, dịch vụ và trọng số' }).click();
  const errors = page.getByRole('list', { name: 'Lỗi cấu hình' });
  // Rows are named as the table numbers them, in words an officer reads.
  await expect(errors).toContainText('Dòng 1: dịch vụ: dịch vụ không tồn tại: khong-co-dich-vu');

  await page.getByLabel('Phần cấu hình').selectOption('services');
  await page.getByRole('textbox', { name: 'Tiền tố — ho-tich' }).fill('a');
  await page.getByRole('textbox', { name: 'Giờ mở cửa — ho-tich' }).fill('sáng thứ hai');
  await page.getByRole('button', { name: 'Lưu dịch vụ và giờ mở cửa' }).click();
  await expect(errors).toContainText('Dòng 1: tiền tố: tiền tố là 1 đến 3 chữ cái in hoa');
  await expect(errors).toContainText('Dòng 1: giờ mở cửa không hợp lệ');

  await page.getByLabel('Phần cấu hình').selectOption('priorityCategories');
  await page
    .getByRole('textbox', { name: 'Nội dung: Đối tượng ưu tiên (JSON)' })
    .fill('[{"id": "nguoi-cao-tuoi",');
  await page.getByRole('button', { name: 'Lưu phần này' }).click();
  await expect(page.getByRole('alert')).toContainText('Nội dung không phải JSON hợp lệ');
  expect(readFileSync(path.join(server.dataDir, 'centre.json'), 'utf8')).toBe(before);
});

test('at 1366 px the tables stay in the window, and an empty name or service list is named by its row on screen', async ({
  page,
}) => {
  const before = readFileSync(path.join(server.dataDir, 'centre.json'), 'utf8');
  await page.setViewportSize({ width: 1366, height: 768 });
  await openSupervisor(page, server.url);
  await page.getByRole('button', { name: 'Cấu hình' }).click();
  await page.getByLabel('Phần cấu hình').selectOption('services');
  const services = page.getByRole('table', { name: 'Dịch vụ và giờ mở cửa' });
  await expect(services).toBeVisible();
  // The wide table scrolls in its own box; the page never scrolls sideways.
  expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(
    1366,
  );
  const remove = page.getByRole('button', { name: 'Xoá tra-ket-qua' });
  await remove.scrollIntoViewIfNeeded();
  await expect(remove).toBeInViewport();
  expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(
    1366,
  );

  await page.getByRole('textbox', { name: 'Tên — dat-dai' }).fill('');
  await page.getByRole('button', { name: 'Lưu dịch vụ và giờ mở cửa' }).click();
  const errors = page.getByRole('list', { name: 'Lỗi cấu hình' });
  await expect(errors).toHaveText('Dòng 3: cần nhập tên');

  await page.getByLabel('Phần cấu hình').selectOption('counters');
  await page.getByRole('textbox', { name: 'Dịch vụ — quay-2' }).fill('');
  await page.getByRole('button', { name: 'Lưu quầy, dịch vụ và trọng số' }).click();
  await expect(errors).toHaveText('Dòng 2: cần nhập dịch vụ');
  await expect(page.getByRole('alert')).not.toContainText(/Invalid|expected/);
  expect(readFileSync(path.join(server.dataDir, 'centre.json'), 'utf8')).toBe(before);
});

test('officers: a new one needs a password, which is hashed and never shown; then they can sign in', async () => {
  const supervisor = await signIn(server.url, demoAccounts.supervisor);
  const put = async (body: unknown) => {
    const response = await fetch(`${server.url}/api/v1/config/officers`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${supervisor.token}` },
      body: JSON.stringify(body),
    });
    return {
      status: response.status,
      body: (await response.json()) as {
        ok: boolean;
        data?: { officers: Array<Record<string, unknown>> };
        error?: { issues?: Array<{ path: string }> };
      },
    };
  };
  const current = await api<{ officers: Array<Record<string, unknown>> }>(
    server.url,
    'GET',
    '/config',
    { token: supervisor.token },
  );
  expect(current.body.ok).toBe(true);
  const officers = current.body.ok ? current.body.data.officers : [];
  expect(officers.every((officer) => !('passwordHash' in officer))).toBe(true);
  const newcomer = {
    id: 'can-bo-5',
    username: 'can-bo-5',
    name: 'Đỗ Thị Én',
    roles: ['counter'],
  };
  const refused = await put([...officers, newcomer]);
  expect(refused.status).toBe(400);
  expect(refused.body.error?.issues?.[0]?.path).toBe(`${officers.length}.password`);

  const saved = await put([...officers, { ...newcomer, password: 'mat-khau-moi-1' }]);
  expect(saved.status).toBe(200);
  expect(
    saved.body.data?.officers.some((officer) => 'passwordHash' in officer || 'password' in officer),
  ).toBe(false);
  const stored = centreOnDisk().officers.find((officer) => officer.id === 'can-bo-5');
  expect(stored?.passwordHash).toMatch(/^scrypt\$/);
  // Others kept their own hashes: the demo supervisor still signs in.
  const session = await signIn(server.url, { username: 'can-bo-5', password: 'mat-khau-moi-1' });
  expect(session.officer.name).toBe('Đỗ Thị Én');
  await signIn(server.url, demoAccounts.supervisor);

  const audit = await api<Array<{ actor: string; section: string; summary: string }>>(
    server.url,
    'GET',
    '/audit',
    { token: supervisor.token },
  );
  expect(audit.body.ok && audit.body.data[0]).toMatchObject({
    actor: 'giam-sat',
    section: 'officers',
    summary: 'thêm can-bo-5; đặt mật khẩu can-bo-5',
  });
});

test('a procedure edited through its own route is in the audit log too', async () => {
  const supervisor = await signIn(server.url, demoAccounts.supervisor);
  const current = await api<Record<string, unknown>>(
    server.url,
    'GET',
    '/procedures/dang-ky-khai-sinh',
  );
  expect(current.body.ok).toBe(true);
  if (!current.body.ok) return;
  const body = Object.fromEntries(
    Object.entries(current.body.data).filter(([key]) => key !== 'id'),
  );
  const response = await fetch(`${server.url}/api/v1/procedures/dang-ky-khai-sinh`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${supervisor.token}` },
    body: JSON.stringify({ ...body, processingDays: 4 }),
  });
  expect(response.status).toBe(200);
  const audit = await api<Array<{ actor: string; section: string; summary: string }>>(
    server.url,
    'GET',
    '/audit',
    { token: supervisor.token },
  );
  expect(audit.body.ok && audit.body.data[0]).toMatchObject({
    actor: 'giam-sat',
    section: 'procedures',
    summary: 'sửa dang-ky-khai-sinh',
  });
});

test('counter officers cannot change configuration or read the audit log', async () => {
  const officer = await signIn(server.url, demoAccounts.officer1);
  const response = await fetch(`${server.url}/api/v1/config/calendar`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${officer.token}` },
    body: JSON.stringify({ workingWeekdays: [1], holidays: [], extraWorkingDays: [] }),
  });
  expect(response.status).toBe(403);
  expect((await api(server.url, 'GET', '/audit', { token: officer.token })).status).toBe(403);
});

test('an admin approves a new device by the code it shows; the device then collects its token', async ({
  page,
}) => {
  const requested = await api<{ requestId: string; pairingCode: string }>(
    server.url,
    'POST',
    '/devices/pairing-requests',
    { body: { deviceId: 'kiosk-9', role: 'kiosk', name: 'Kiosk tầng 3' } },
  );
  expect(requested.body.ok).toBe(true);
  if (!requested.body.ok) return;
  const { requestId, pairingCode } = requested.body.data;

  await openSupervisor(page, server.url, demoAccounts.admin);
  await page.getByRole('button', { name: 'Ghép nối thiết bị' }).click();
  const row = tableRow(page, 'Yêu cầu ghép nối', 'kiosk-9');
  await expect(row).toContainText('Kiosk');
  const wrong = pairingCode === '000000' ? '111111' : '000000';
  await row.getByLabel('Mã ghép nối của kiosk-9').fill(wrong);
  await row.getByRole('button', { name: 'Duyệt kiosk-9' }).click();
  await expect(page.getByRole('status')).not.toContainText('Đã duyệt');
  await row.getByLabel('Mã ghép nối của kiosk-9').fill(pairingCode);
  await row.getByRole('button', { name: 'Duyệt kiosk-9' }).click();
  await expect(page.getByRole('status')).toContainText('Đã duyệt kiosk-9');
  await expect(page.getByRole('table', { name: 'Yêu cầu ghép nối' })).toHaveCount(0);

  const collected = await api<{ status: string; token?: string }>(
    server.url,
    'GET',
    `/devices/pairing-requests/${requestId}`,
  );
  expect(collected.body.ok && collected.body.data.status).toBe('approved');
  expect(collected.body.ok && collected.body.data.token).toBeTruthy();
});

test('a supervisor who is not an admin is not offered pairing', async ({ page }) => {
  await openSupervisor(page, server.url);
  await expect(page.getByRole('button', { name: 'Báo cáo' })).toBeVisible();
  // The tab lists the paired devices (GET /devices is open to supervisors); approving,
  // rejecting and revoking are an admin's alone.
  await page.getByRole('button', { name: 'Ghép nối thiết bị' }).click();
  await expect(page.getByRole('heading', { name: 'Thiết bị đã ghép nối' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Thiết bị chờ ghép nối' })).toHaveCount(0);
  await expect(page.getByRole('table', { name: 'Yêu cầu ghép nối' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^(Duyệt|Từ chối|Thu hồi)/ })).toHaveCount(0);
});

test('a counter or a service the day still uses is not removed under it', async () => {
  const supervisor = await signIn(server.url, demoAccounts.supervisor);
  const officer = await signIn(server.url, demoAccounts.officer2);
  type Listed = { id: string; name: string; serviceIds?: string[] };
  const read = async () =>
    (await api<{ counters: Listed[]; services: Listed[] }>(server.url, 'GET', '/config', {
      token: supervisor.token,
    })) as { status: number; body: { ok: true; data: { counters: Listed[]; services: Listed[] } } };
  const { counters, services } = (await read()).body.data;
  const counter = counters.find((entry) => entry.id === 'quay-2') ?? counters[0];
  const serviceId = counter?.serviceIds?.[0];
  const service = services.find((entry) => entry.id === serviceId);
  if (!counter || !service) throw new Error('the demo centre has a counter serving a service');

  expect((await api(server.url, 'POST', '/tickets', { body: { serviceId } })).status).toBe(201);
  const counterRoute = `/counters/${counter.id}`;
  expect(
    (await api(server.url, 'POST', `${counterRoute}/open`, { token: officer.token })).status,
  ).toBe(200);
  const called = await api<{ ticketNumber: string }>(
    server.url,
    'POST',
    `${counterRoute}/call-next`,
    {
      token: officer.token,
    },
  );
  if (!called.body.ok) throw new Error(`call refused: ${called.body.error.message}`);
  const number = called.body.data.ticketNumber;

  // Removing the counter a citizen was just called to would strand the ticket there.
  const withoutCounter = counters.filter((entry) => entry.id !== counter.id);
  const counterRefused = await api(server.url, 'PUT', '/config/counters', {
    token: supervisor.token,
    body: withoutCounter,
  });
  expect(counterRefused.status).toBe(409);
  expect(counterRefused.body).toMatchObject({ ok: false, error: { code: 'conflict' } });
  const counterMessage = counterRefused.body.ok ? '' : counterRefused.body.error.message;
  expect(counterMessage).toContain(counter.name);
  expect(counterMessage).toContain(`đang gọi số ${number}`);
  // So would removing the service the ticket queues in.
  const serviceRefused = await api(server.url, 'PUT', '/config/services', {
    token: supervisor.token,
    body: services.filter((entry) => entry.id !== service.id),
  });
  expect(serviceRefused.status).toBe(409);
  expect(serviceRefused.body.ok ? '' : serviceRefused.body.error.message).toContain(service.name);
  expect((await read()).body.data.counters.map((entry) => entry.id)).toContain(counter.id);

  // Once the citizen has gone and the counter is closed, it may go (and come back).
  await api(server.url, 'POST', `${counterRoute}/no-show`, { token: officer.token });
  await api(server.url, 'POST', `${counterRoute}/close`, { token: officer.token });
  const removed = await api(server.url, 'PUT', '/config/counters', {
    token: supervisor.token,
    body: withoutCounter,
  });
  expect(removed.status).toBe(200);
  const restored = await api(server.url, 'PUT', '/config/counters', {
    token: supervisor.token,
    body: counters,
  });
  expect(restored.status).toBe(200);
});

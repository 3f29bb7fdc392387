import { expect, test } from '@playwright/test';
import type { PairingState } from '@openops/protocol';
import { startQueueServer, type QueueServerProcess } from '../support/queue-server-process';
import { api, demoAccounts, pairDevice, signIn } from '../support/server-auth';
import { openSupervisor, tableRow } from '../support/supervisor-page';

/**
 * The pairing screen: paired devices listed and revoked (admins, after a confirmation), a
 * pending request's code checked in Vietnamese before it is sent.
 */
test.describe.configure({ mode: 'serial' });

let server: QueueServerProcess;

test.beforeAll(async () => {
  server = await startQueueServer({ logName: 'supervisor-pairing-server' });
});

test.afterAll(async () => {
  await server?.stop();
});

test('an admin sees the paired devices and revokes one after a confirmation saying its screens stop', async ({
  page,
}) => {
  await pairDevice(server.url, { deviceId: 'kiosk-7', role: 'kiosk', name: 'Kiosk tầng 7' });
  await pairDevice(server.url, { deviceId: 'display-7', role: 'display', name: 'Màn hình tầng 7' });

  await openSupervisor(page, server.url, demoAccounts.admin);
  await page.getByRole('button', { name: 'Ghép nối thiết bị' }).click();
  const kiosk = tableRow(page, 'Thiết bị đã ghép nối', 'kiosk-7');
  await expect(kiosk).toContainText('Kiosk');
  await expect(kiosk).toContainText('Kiosk tầng 7');
  await expect(kiosk).toContainText('admin');
  await expect(kiosk.getByRole('cell').nth(2)).toHaveText(/\d{1,2}:\d{2}/);

  await kiosk.getByRole('button', { name: 'Thu hồi kiosk-7' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Thu hồi kiosk-7 (Kiosk tầng 7)?' });
  await expect(dialog).toContainText(
    'các màn hình của thiết bị này sẽ ngừng hoạt động cho đến khi được ghép nối lại',
  );
  await dialog.getByRole('button', { name: 'Huỷ' }).click();
  await expect(kiosk).toHaveCount(1);

  await kiosk.getByRole('button', { name: 'Thu hồi kiosk-7' }).click();
  await dialog.getByRole('button', { name: 'Thu hồi' }).click();
  await expect(page.getByRole('status')).toContainText('Đã thu hồi kiosk-7');
  await expect(kiosk).toHaveCount(0);
  await expect(tableRow(page, 'Thiết bị đã ghép nối', 'display-7')).toHaveCount(1);

  const admin = await signIn(server.url, demoAccounts.admin);
  const devices = await api<Array<{ deviceId: string }>>(server.url, 'GET', '/devices', {
    token: admin.token,
  });
  expect(devices.body.ok && devices.body.data.map((device) => device.deviceId)).not.toContain(
    'kiosk-7',
  );
});

test('a pairing code left empty or mistyped is explained in Vietnamese, beside it, before it is sent', async ({
  page,
}) => {
  const requested = await api<PairingState>(server.url, 'POST', '/devices/pairing-requests', {
    body: { deviceId: 'kiosk-1', role: 'kiosk', name: 'Kiosk mới ở sảnh' },
  });
  if (!requested.body.ok) throw new Error(requested.body.error.message);

  await openSupervisor(page, server.url, demoAccounts.admin);
  await page.getByRole('button', { name: 'Ghép nối thiết bị' }).click();
  const row = tableRow(page, 'Yêu cầu ghép nối', 'kiosk-1');
  // The name the device asked under, not the one the configuration gives its id.
  await expect(row).toContainText('Kiosk mới ở sảnh');
  await expect(row).not.toContainText('theo cấu hình');
  const code = row.getByLabel('Mã ghép nối của kiosk-1');
  await row.getByRole('button', { name: 'Duyệt kiosk-1' }).click();
  await expect(code).toHaveAccessibleDescription(
    'Nhập mã 6 chữ số đang hiện trên màn hình của kiosk-1.',
  );
  await code.fill('12a45');
  await row.getByRole('button', { name: 'Duyệt kiosk-1' }).click();
  await expect(code).toHaveAttribute('aria-invalid', 'true');
  await expect(code).toHaveAccessibleDescription(/^Mã ghép nối gồm đúng 6 chữ số \(0–9\)/);
  await expect(page.getByText('Dữ liệu không hợp lệ')).toHaveCount(0);

  await code.fill(requested.body.data.pairingCode.replace(/^(\d{3})/, '$1 '));
  await row.getByRole('button', { name: 'Duyệt kiosk-1' }).click();
  await expect(page.getByRole('status')).toContainText('Đã duyệt kiosk-1');
  await expect(tableRow(page, 'Thiết bị đã ghép nối', 'kiosk-1')).toContainText('Kiosk mới ở sảnh');
});

test('a supervisor sees the paired devices but cannot approve or revoke', async ({ page }) => {
  await openSupervisor(page, server.url);
  await page.getByRole('button', { name: 'Ghép nối thiết bị' }).click();
  await expect(tableRow(page, 'Thiết bị đã ghép nối', 'display-7')).toContainText(
    'Màn hình tầng 7',
  );
  await expect(page.getByRole('button', { name: /^Thu hồi/ })).toHaveCount(0);
  await expect(page.getByRole('table', { name: 'Yêu cầu ghép nối' })).toHaveCount(0);
  await expect(page.getByText('Chỉ quản trị viên duyệt yêu cầu ghép nối')).toBeVisible();
});

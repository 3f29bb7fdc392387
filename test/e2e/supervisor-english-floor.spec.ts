import { expect, test, type Page } from '@playwright/test';
import { startQueueServer, type QueueServerProcess } from '../support/queue-server-process';
import { api, demoAccounts, signIn } from '../support/server-auth';
import { tableRow } from '../support/supervisor-page';

/**
 * The supervisor screens in English: chosen on the sign-in screen, kept on the floor with its
 * sync and backup panels, kept across a reload, and switched back to Vietnamese, messages
 * already on screen included.
 */
let server: QueueServerProcess;

test.beforeAll(async () => {
  server = await startQueueServer({ logName: 'supervisor-english-floor-server' });
});

test.afterAll(async () => {
  await server?.stop();
});

const floorHeading = (page: Page, name: string) => page.getByRole('heading', { name, level: 1 });

test('a supervisor switches to English before signing in, keeps it across a reload, and switches back', async ({
  page,
}) => {
  // One citizen waits for civil status, another is called at counter 1.
  for (let index = 0; index < 2; index += 1) {
    const issued = await api(server.url, 'POST', '/tickets', { body: { serviceId: 'ho-tich' } });
    expect(issued.body.ok).toBe(true);
  }
  const officer = await signIn(server.url, demoAccounts.officer1);
  expect(
    (await api(server.url, 'POST', '/counters/quay-1/open', { token: officer.token })).status,
  ).toBe(200);
  expect(
    (await api(server.url, 'POST', '/counters/quay-1/call-next', { token: officer.token })).status,
  ).toBe(200);

  // Vietnamese first, with the switch named in the language it switches to.
  await page.goto(`${server.url}/counter/?view=supervisor`);
  await expect(page.getByRole('form', { name: 'Đăng nhập giám sát' })).toBeVisible();
  await page.getByRole('button', { name: 'English', exact: true }).click();

  const form = page.getByRole('form', { name: 'Supervisor sign-in' });
  await expect(page.getByRole('main')).toHaveAttribute('lang', 'en');
  await expect(floorHeading(page, 'Supervision and administration')).toBeVisible();
  await form.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText('Enter your user name and password.');
  await form.getByLabel('User name').fill(demoAccounts.supervisor.username);
  await form.getByLabel('Password').fill(demoAccounts.supervisor.password);
  await form.getByRole('button', { name: 'Sign in' }).click();

  const expectEnglishFloor = async (): Promise<void> => {
    await expect(floorHeading(page, 'Centre supervision')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).toHaveTitle('Centre supervision');
    await expect(page.getByRole('button', { name: 'Tiếng Việt', exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
    const tabs = page.getByRole('navigation', { name: 'Supervisor functions' });
    await expect(tabs.getByRole('button', { name: 'Counters and devices' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(tabs.getByRole('button', { name: 'Device pairing' })).toBeVisible();

    await expect(page.getByRole('region', { name: 'Alerts' })).toBeVisible();
    const counter = tableRow(page, 'Counter status', 'Quầy 1');
    await expect(counter).toContainText('Open');
    await expect(counter).toContainText('A001 · Called');
    await expect(counter.getByRole('button', { name: 'Release Quầy 1' })).toHaveText(
      'Release counter',
    );
    await expect(tableRow(page, 'Counter status', 'Quầy 2')).toContainText('Closed');
    // The service by its English name from the configuration.
    const queue = tableRow(page, 'Queues by service', 'Civil status');
    await expect(queue.getByRole('cell').first()).toHaveText('1');
    await expect(
      page.getByRole('heading', { name: /^Queues by service \(alert after \d+ min\)$/ }),
    ).toBeVisible();
    const devices = page.getByRole('table', { name: 'Device status' });
    await expect(devices.getByRole('columnheader', { name: 'Last seen' })).toBeVisible();

    const sync = page.getByRole('region', { name: 'OpenOPS sync' });
    await expect(sync.getByRole('heading', { name: 'OpenOPS sync' })).toBeVisible();
    await expect(tableRow(page, 'Sync figures', 'Waiting to send')).toBeVisible();
    await expect(tableRow(page, 'Sync figures', 'Parked')).toContainText('0');
    // The demo centre has no OpenOPS server: its records are kept.
    await expect(sync.getByRole('status')).toHaveText(
      /^No OpenOPS server is configured: \d+ records? kept, to be sent once one is\.$/,
    );

    const backup = page.getByRole('region', { name: 'Data backup' });
    await expect(backup.getByRole('table', { name: 'Backups' })).toBeVisible();
    await expect(backup.getByRole('columnheader', { name: 'Taken at' })).toBeVisible();
    await expect(backup.getByRole('button', { name: 'Back up now' })).toBeEnabled();
    await expect(backup).toContainText('Copy this folder to another machine every night.');

    await expect(page.getByRole('form', { name: 'Wait alert threshold' })).toBeVisible();
  };
  await expectEnglishFloor();

  // Messages on screen follow the language too.
  const backup = page.getByRole('region', { name: 'Data backup' });
  await backup.getByRole('button', { name: 'Back up now' }).click();
  await expect(backup.getByRole('status')).toHaveText(/^Backed up \d{1,2} [A-Z][a-z]{2} \d{4} \(/);
  const newest =
    /^Newest backup: \d{1,2} [A-Z][a-z]{2} \d{4} \(\d[\d.,]* [KM]B\); \d+\/14 daily backups kept\.$/;
  await expect(backup.getByText(newest)).toBeVisible();
  await page.screenshot({
    path: 'test-results/screens/supervisor-english-floor.png',
    fullPage: true,
  });
  const threshold = page.getByRole('form', { name: 'Wait alert threshold' });
  await threshold.getByRole('button', { name: 'Save threshold' }).click();
  await expect(threshold.getByRole('alert')).toHaveText(
    'Enter the wait in minutes, from 1 to 240.',
  );

  await page.getByRole('button', { name: 'Release Quầy 1' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Release Quầy 1?' });
  await expect(dialog).toContainText(`held by officer ${officer.officer.name}`);
  await expect(dialog).toContainText('Ticket A001 (called) will go back to the queue');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);

  // A reload opens the screens in English again.
  await page.reload();
  await expectEnglishFloor();
  await expect(backup.getByText(newest)).toBeVisible();
  await expect(page.getByText('Sơ đồ quầy và thiết bị')).toHaveCount(0);

  // And back to Vietnamese, the messages shown with it.
  await backup.getByRole('button', { name: 'Back up now' }).click();
  await expect(backup.getByRole('status')).toHaveText(/^Backed up /);
  await threshold.getByRole('button', { name: 'Save threshold' }).click();
  await page.getByRole('button', { name: 'Tiếng Việt', exact: true }).click();
  await expect(floorHeading(page, 'Giám sát trung tâm')).toBeVisible();
  await expect(page.getByRole('main')).toHaveAttribute('lang', 'vi');
  await expect(page.getByRole('button', { name: 'English', exact: true })).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'Chức năng giám sát' }).getByRole('button', {
      name: 'Sơ đồ quầy và thiết bị',
    }),
  ).toBeVisible();
  await expect(tableRow(page, 'Trạng thái quầy', 'Quầy 1')).toContainText('A001 · Đang mời');
  await expect(tableRow(page, 'Hàng chờ theo dịch vụ', 'Hộ tịch')).toBeVisible();
  await expect(tableRow(page, 'Số liệu đồng bộ', 'Chờ gửi')).toBeVisible();
  const backupVi = page.getByRole('region', { name: 'Sao lưu dữ liệu' });
  await expect(backupVi.getByText(/^Bản sao gần nhất: ngày \d{2}\/\d{2}\/\d{4} /)).toBeVisible();
  await expect(backupVi.getByRole('status')).toHaveText(/^Đã sao lưu ngày \d{2}\/\d{2}\/\d{4} \(/);
  await expect(
    page.getByRole('form', { name: 'Ngưỡng cảnh báo chờ' }).getByRole('alert'),
  ).toHaveText('Nhập số phút chờ, từ 1 đến 240.');

  // Kept: a reload stays in Vietnamese.
  await page.reload();
  await expect(floorHeading(page, 'Giám sát trung tâm')).toBeVisible();
  await expect(page.getByRole('button', { name: 'English', exact: true })).toBeVisible();
});

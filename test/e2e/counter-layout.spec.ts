import { expect, test } from '@playwright/test';
import { startQueueServer, type QueueServerProcess } from '../support/queue-server-process';
import { counterPage } from '../support/counter-page';

/**
 * The counter on the screen most Vietnamese offices give an officer, 1366×768: the counter's
 * own buttons share the title's band, so the waiting list starts within the first screenful.
 */
let server: QueueServerProcess;

test.beforeAll(async () => {
  server = await startQueueServer();
});

test.afterAll(async () => {
  await server?.stop();
});

test('at 1366×768 the officer sees the next three waiting numbers without scrolling', async ({
  page,
  request,
}) => {
  const numbers: string[] = [];
  for (let index = 0; index < 4; index += 1) {
    const reply = await request.post(`${server.url}/api/v1/tickets`, {
      data: { serviceId: 'ho-tich' },
    });
    expect(reply.status()).toBe(201);
    numbers.push(
      ((await reply.json()) as { data: { ticket: { number: string } } }).data.ticket.number,
    );
  }
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`${server.url}/counter/?device=counter-pc-1`);
  const counter = counterPage(page);
  await counter.signIn({ username: 'can-bo-1', password: 'canbo-demo', counter: 'Quầy 1' });
  await counter.press('F1');
  await expect(counter.current).toHaveText(numbers[0] ?? '');

  const title = await page.getByRole('heading', { level: 1, name: 'Quầy 1' }).boundingBox();
  const pause = await page.getByRole('button', { name: /^Tạm dừng/ }).boundingBox();
  expect(pause && title && pause.y < title.y + title.height).toBe(true);
  for (const number of numbers.slice(1)) {
    const row = await counter.waitingRow(number).boundingBox();
    expect(row, `${number} in the waiting list`).not.toBeNull();
    expect(
      (row?.y ?? 0) + (row?.height ?? 0),
      `${number} within the first screenful`,
    ).toBeLessThanOrEqual(768);
  }
});

test('Enter after the password leads the officer to the counters, and Enter again signs in', async ({
  page,
}) => {
  await page.goto(`${server.url}/counter/?device=counter-pc-1`);
  await expect(
    page.getByText('Nhập tài khoản cán bộ, rồi chọn quầy bạn làm việc hôm nay.'),
  ).toBeVisible();
  await page.getByRole('textbox', { name: 'Tên đăng nhập' }).fill('can-bo-1');
  await page.getByLabel('Mật khẩu').fill('canbo-demo');
  await page.getByLabel('Mật khẩu').press('Enter');
  await expect(page.getByRole('alert')).toHaveText(
    'Chọn quầy bên dưới để vào làm việc (choose your counter below)',
  );
  const first = page.getByRole('button', { name: 'Quầy 1', exact: true });
  await expect(first).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Quầy 1' })).toBeVisible();
});

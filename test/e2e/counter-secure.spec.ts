import { expect, test } from '@playwright/test';
import { counterViewSchema } from '@openops/protocol';
import { startQueueServer, type QueueServerProcess } from '../support/queue-server-process';
import { counterPage } from '../support/counter-page';

/**
 * A server run as in a real centre (`--secure`): the counter screen lists the counters, but only
 * an officer's account opens one; the socket then carries the officer's session.
 */
let server: QueueServerProcess;

test.beforeAll(async () => {
  server = await startQueueServer({ secure: true, logName: 'queue-server-counter-secure' });
});

test.afterAll(async () => {
  await server?.stop();
});

test('only a signed-in officer opens a counter on a secure server', async ({ page, request }) => {
  await page.goto(`${server.url}/counter/?device=counter-pc-1`);
  const quay1 = page.getByRole('button', { name: 'Quầy 1', exact: true });
  await expect(quay1).toBeVisible();
  await expect(quay1).toHaveAccessibleDescription(/Hộ tịch/);

  await quay1.click();
  await expect(page.getByRole('textbox', { name: 'Tên đăng nhập' })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await page.getByRole('textbox', { name: 'Tên đăng nhập' }).fill('can-bo-1');
  await page.getByLabel('Mật khẩu').fill('sai-mat-khau');
  await quay1.click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Chọn quầy làm việc' })).toBeVisible();

  const counter = counterPage(page);
  await counter.signIn({ username: 'can-bo-1', password: 'canbo-demo', counter: 'Quầy 1' });
  await expect(page.getByText('Đang mở')).toBeVisible();
  await expect(counter.queue).toBeVisible();

  const session = await request.post(`${server.url}/api/v1/sessions`, {
    data: { username: 'giam-sat', password: 'giamsat-demo' },
  });
  const { token } = ((await session.json()) as { data: { token: string } }).data;
  const held = await request.get(`${server.url}/api/v1/counters/quay-1`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const body = (await held.json()) as { data: unknown };
  expect(body).toMatchObject({ data: { state: 'open', heldBy: 'can-bo-1' } });
  // What the route answers is what its OpenAPI entry documents: the counter's whole view.
  expect(counterViewSchema.safeParse(body.data).error).toBeUndefined();
});

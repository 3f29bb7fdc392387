import { expect, test } from '@playwright/test';
import { startQueueServer, type QueueServerProcess } from '../support/queue-server-process';
import { api, demoAccounts, signIn } from '../support/server-auth';
import { openSupervisor, tableRow } from '../support/supervisor-page';

/**
 * The floor screen frees a counter its officer left held: a confirmation naming the officer and
 * the citizen at the counter, then the ticket back in its queue and the counter closed.
 */
test.describe.configure({ mode: 'serial' });

let server: QueueServerProcess;

test.beforeAll(async () => {
  server = await startQueueServer({ logName: 'supervisor-release-server' });
});

test.afterAll(async () => {
  await server?.stop();
});

test('a counter its officer left held is released from the floor after a confirmation naming the officer and the ticket', async ({
  page,
}) => {
  for (let index = 0; index < 2; index += 1) {
    const issued = await api(server.url, 'POST', '/tickets', { body: { serviceId: 'ho-tich' } });
    expect(issued.body.ok).toBe(true);
  }
  const officer = await signIn(server.url, demoAccounts.officer1);
  expect(
    (await api(server.url, 'POST', '/counters/quay-1/open', { token: officer.token })).status,
  ).toBe(200);
  const called = await api<{ ticketNumber: string }>(
    server.url,
    'POST',
    '/counters/quay-1/call-next',
    { token: officer.token },
  );
  if (!called.body.ok) throw new Error(called.body.error.message);
  const number = called.body.data.ticketNumber;
  // Signed out without closing: the counter stays held, nobody else may open it.
  expect(
    (await api(server.url, 'DELETE', '/sessions/current', { token: officer.token })).status,
  ).toBe(200);

  await openSupervisor(page, server.url);
  const counter = tableRow(page, 'Trạng thái quầy', 'Quầy 1');
  await expect(counter).toContainText(`${number} · Đang mời`);
  const queue = tableRow(page, 'Hàng chờ theo dịch vụ', 'Hộ tịch');
  await expect(queue.getByRole('cell').first()).toHaveText('1');
  // A closed counter has nothing to free.
  await expect(
    tableRow(page, 'Trạng thái quầy', 'Quầy 2').getByRole('button', { name: /Giải phóng/ }),
  ).toHaveCount(0);

  await counter.getByRole('button', { name: 'Giải phóng Quầy 1' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Giải phóng Quầy 1?' });
  await expect(dialog).toContainText(`do cán bộ ${officer.officer.name} giữ`);
  await expect(dialog).toContainText(`Số ${number} (đang mời) sẽ trở lại hàng chờ`);
  // "Huỷ" has the focus and changes nothing.
  await expect(dialog.getByRole('button', { name: 'Huỷ' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Huỷ' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(counter).toContainText('Đang mở');

  await counter.getByRole('button', { name: 'Giải phóng Quầy 1' }).click();
  await dialog.getByRole('button', { name: 'Giải phóng quầy' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã giải phóng' })).toHaveText(
    `Đã giải phóng Quầy 1; số ${number} trở lại hàng chờ.`,
  );
  await expect(counter).toContainText('Đóng');
  await expect(counter.getByRole('button', { name: 'Giải phóng Quầy 1' })).toHaveCount(0);
  await expect(queue.getByRole('cell').first()).toHaveText('2');
  await expect(queue).toContainText(number);

  // Another officer may now open it.
  const next = await signIn(server.url, demoAccounts.officer2);
  expect(
    (await api(server.url, 'POST', '/counters/quay-1/open', { token: next.token })).body.ok,
  ).toBe(true);
  await api(server.url, 'POST', '/counters/quay-1/close', { token: next.token });
});

test('the wait threshold left empty or out of bounds is refused in Vietnamese before it is sent', async ({
  page,
}) => {
  await openSupervisor(page, server.url);
  const form = page.getByRole('form', { name: 'Ngưỡng cảnh báo chờ' });
  const minutes = form.getByLabel('Ngưỡng cảnh báo chờ (phút)');
  await form.getByRole('button', { name: 'Lưu ngưỡng' }).click();
  await expect(form.getByRole('alert')).toHaveText('Nhập số phút chờ, từ 1 đến 240.');
  await minutes.fill('0');
  await form.getByRole('button', { name: 'Lưu ngưỡng' }).click();
  await expect(form.getByRole('alert')).toHaveText('Số phút chờ phải là số nguyên từ 1 đến 240.');
  await minutes.fill('15');
  await form.getByRole('button', { name: 'Lưu ngưỡng' }).click();
  await expect(form.getByRole('status')).toHaveText('Đã đặt ngưỡng 15 phút');
});

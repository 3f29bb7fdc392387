import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { startQueueServer, type QueueServerProcess } from '../support/queue-server-process';
import { api, demoAccounts, signIn } from '../support/server-auth';
import { issueTicket, openCounterAs, type IssuedTicket } from '../support/counter-session';

/**
 * "Đóng quầy" with citizens waiting asks first and says what closing does (what the server
 * does: it refuses while a number is at the counter, leaves the queue as it is, and puts
 * tickets transferred to this counter itself back in their service's queue, where the other
 * counters see and call them); an empty counter closes at once; a transfer to a closed counter
 * is refused, beside the counter choice.
 */
let server: QueueServerProcess;

test.beforeAll(async () => {
  server = await startQueueServer({ logName: 'counter-close-server' });
});

test.afterAll(async () => {
  await server?.stop();
});

const issue = (request: APIRequestContext, serviceId: string): Promise<IssuedTicket> =>
  issueTicket(request, server.url, serviceId);

const counterState = async (counterId: string, token: string): Promise<unknown> => {
  const reply = await api<{ state: string }>(server.url, 'GET', `/counters/${counterId}`, {
    token,
  });
  return reply.body.ok ? reply.body.data.state : reply.body.error.code;
};

const closedQuay1 =
  'Quầy 1 đang đóng, không thể chuyển phiếu đến quầy này (Quầy 1 is closed: tickets cannot be transferred to it)';
const closedQuay3 =
  'Quầy 3 đang đóng, không thể chuyển phiếu đến quầy này (Quầy 3 is closed: tickets cannot be transferred to it)';

const openCounter = (page: Page, officer: number, counter: string) =>
  openCounterAs(page, server.url, officer, counter);

test('closing a counter citizens wait for asks first: cancel keeps it open, confirm closes it and hands its transfers on', async ({
  page,
  browser,
  request,
}) => {
  const supervisor = (await signIn(server.url, demoAccounts.supervisor)).token;
  const first = await issue(request, 'ho-tich');
  const second = await issue(request, 'ho-tich');
  const sent = await issue(request, 'chung-thuc');
  const counter = await openCounter(page, 1, 'Quầy 1');
  // Quầy 2 sends a certification ticket to quầy 1 itself (not a service quầy 1 serves).
  const binh = (await signIn(server.url, demoAccounts.officer2)).token;
  const at2 = (action: string, body: object = {}) =>
    api(server.url, 'POST', `/counters/quay-2/${action}`, { token: binh, body });
  expect((await at2('call-ticket', { ticketId: sent.id })).body.ok).toBe(true);
  expect((await at2('transfer', { toCounterId: 'quay-1' })).body.ok).toBe(true);

  // Quầy 3 serves certification but may not call a ticket sent to quầy 1 itself.
  const thirdPage = await browser.newPage();
  const quay3 = await openCounter(thirdPage, 3, 'Quầy 3');
  const listedAt3 = async (): Promise<string[]> => {
    const view = await api<{ waiting: IssuedTicket[] }>(server.url, 'GET', '/counters/quay-3', {
      token: supervisor,
    });
    return view.body.ok ? view.body.data.waiting.map((ticket) => ticket.number) : [];
  };
  expect(await listedAt3()).not.toContain(sent.number);

  for (const ticket of [first, second, sent]) {
    await expect(counter.waitingRow(ticket.number)).toBeVisible();
  }
  const closeButton = page.getByRole('button', { name: 'Đóng quầy', exact: true });
  const dialog = page.getByRole('alertdialog', { name: 'Đóng Quầy 1?' });
  const confirm = dialog.getByRole('button', { name: 'Vẫn đóng quầy' });
  const cancel = dialog.getByRole('button', { name: 'Huỷ' });

  // A citizen at the counter: the server will not close it, and the dialog says so.
  await counter.press('F1');
  await expect(counter.current).toHaveText(first.number);
  await closeButton.click();
  await expect(dialog).toContainText(`Công dân số ${first.number} đang ở quầy`);
  await expect(dialog).toHaveAccessibleDescription(/máy chủ không cho đóng quầy/);
  await expect(confirm).toBeDisabled();
  await expect(cancel).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(closeButton).toBeFocused();
  await counter.press('F6');
  await expect(counter.current).toHaveText('Chưa gọi số nào');

  // Waiting citizens: counted, the transferred one apart and by number; cancel (Enter on the
  // focused button) keeps the counter open.
  await closeButton.click();
  await expect(dialog).toContainText(
    '1 công dân đang chờ các dịch vụ của quầy này. Đóng quầy không làm họ mất lượt',
  );
  await expect(dialog).toContainText(
    `1 công dân được chuyển riêng cho quầy này (${sent.number}). Khi đóng quầy, số này được trả về hàng chờ của dịch vụ, giữ nguyên thứ tự, để các quầy khác phục vụ dịch vụ đó gọi.`,
  );
  // Quầy 2 (opened by its call) serves civil status and certification: nobody is left without a
  // counter, so the dialog says no such thing.
  await expect(dialog).not.toContainText('Không còn quầy nào khác đang mở');
  await expect(confirm).toBeEnabled();
  await expect(cancel).toBeFocused();
  await page.screenshot({ path: 'test-results/screens/counter-close-dialog.png' });
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'Quầy 1' })).toBeVisible();
  expect(await counterState('quay-1', supervisor)).toBe('open');

  // In English when the screen is.
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Close counter', exact: true }).click();
  const english = page.getByRole('alertdialog', { name: 'Close Quầy 1?' });
  await expect(english).toContainText('1 citizen is waiting for this counter’s services.');
  await expect(english).toContainText(
    `1 citizen was transferred to this counter itself (${sent.number}). Closing puts this number back in the service’s queue, in the same place, for the other counters serving it to call.`,
  );
  await english.getByRole('button', { name: 'Cancel' }).click();
  await expect(english).toHaveCount(0);
  await page.getByRole('button', { name: 'Tiếng Việt' }).click();

  // Confirmed: closed, back to the sign-in screen; the queue is left as it was, but for the
  // transferred citizen, back in the certification queue, recorded against quầy 1's officer.
  await closeButton.click();
  await confirm.click();
  await expect(page.getByRole('heading', { name: 'Chọn quầy làm việc' })).toBeVisible();
  expect(await counterState('quay-1', supervisor)).toBe('closed');
  const waiting = await api<Array<{ number: string; targetCounterId?: string | null }>>(
    server.url,
    'GET',
    '/tickets?state=waiting',
    { token: supervisor },
  );
  expect(waiting.body.ok && waiting.body.data).toEqual([
    expect.objectContaining({ number: second.number }),
    expect.objectContaining({
      number: sent.number,
      serviceId: 'chung-thuc',
      targetCounterId: null,
    }),
  ]);
  const history = await api<{ events: unknown[] }>(server.url, 'GET', `/tickets/${sent.id}`, {
    token: supervisor,
  });
  expect(history.body.ok && history.body.data.events.at(-1)).toEqual({
    type: 'returned',
    actor: 'can-bo-1',
    counterId: 'quay-1',
    at: expect.any(String),
    detail: 'trả về hàng chờ của dịch vụ khi Quầy 1 đóng',
  });

  // Quầy 3's list shows the citizen at once (no reload), and quầy 3 calls them.
  expect(await listedAt3()).toContain(sent.number);
  await expect(quay3.waitingRow(sent.number)).toBeVisible();
  await quay3
    .waitingRow(sent.number)
    .getByRole('button', { name: `Gọi ${sent.number}` })
    .click();
  await expect(quay3.current).toHaveText(sent.number);
  await thirdPage.close();
});

test('closed counters cannot be chosen for a transfer; one closed after it was chosen is refused beside the choice; a paused one is fine', async ({
  page,
  request,
}) => {
  const moving = await issue(request, 'ho-tich');
  const counter = await openCounter(page, 2, 'Quầy 2');
  await counter
    .waitingRow(moving.number)
    .getByRole('button', { name: `Gọi ${moving.number}` })
    .click();
  await expect(counter.current).toHaveText(moving.number);

  // By REST: refused with its own code, the citizen still at quầy 2. Quầy 1 is closed (closed
  // by the test before, or never opened).
  const binh = (await signIn(server.url, demoAccounts.officer2)).token;
  const refused = await api(server.url, 'POST', '/counters/quay-2/transfer', {
    token: binh,
    body: { toCounterId: 'quay-1' },
  });
  expect(refused.status).toBe(409);
  expect(refused.body).toMatchObject({
    ok: false,
    error: { code: 'counter-closed', message: closedQuay1 },
  });

  // Quầy 3 closed too (the test before left a citizen at it).
  const cuong = (await signIn(server.url, { username: 'can-bo-3', password: 'canbo-demo' })).token;
  const at3 = (action: string, body: object = {}) =>
    api(server.url, 'POST', `/counters/quay-3/${action}`, {
      token: cuong,
      body,
    });
  expect((await at3('open')).body.ok).toBe(true);
  await at3('finish');
  expect((await at3('close')).body.ok).toBe(true);

  // On the counter page the closed counters are listed but cannot be chosen, and follow the
  // other counters as they open and close while the dialog is open.
  await counter.press('F7');
  const transfer = page.getByRole('dialog', { name: `Chuyển số ${moving.number}` });
  const toCounter = transfer.getByRole('combobox', { name: 'Sang quầy' });
  await expect(toCounter.getByRole('option', { name: 'Quầy 1 (đang đóng)' })).toBeDisabled();
  await expect(toCounter.getByRole('option', { name: 'Quầy 3 (đang đóng)' })).toBeDisabled();
  expect((await at3('open')).body.ok).toBe(true);
  await expect(toCounter.getByRole('option', { name: 'Quầy 3', exact: true })).toBeEnabled();
  await toCounter.selectOption({ label: 'Quầy 3' });

  // Quầy 3 closes after it was chosen: the server refuses, and the dialog stays open and says
  // why beside the counter choice.
  expect((await at3('close')).body.ok).toBe(true);
  await expect(toCounter.getByRole('option', { name: 'Quầy 3 (đang đóng)' })).toBeDisabled();
  await transfer.getByRole('button', { name: 'Xác nhận chuyển' }).click();
  await expect(transfer.getByText(closedQuay3)).toBeVisible();
  await expect(toCounter).toHaveAttribute('aria-invalid', 'true');
  await expect(toCounter).toHaveAccessibleDescription(closedQuay3);
  await expect(counter.alert).toContainText('Quầy 3 đang đóng');
  await expect(counter.current).toHaveText(moving.number);
  await page.screenshot({ path: 'test-results/screens/counter-transfer-closed.png' });

  // A paused counter keeps its officer, back after the break: the transfer goes through.
  expect((await at3('open')).body.ok).toBe(true);
  expect((await at3('pause', { reason: 'Nghỉ giải lao' })).body.ok).toBe(true);
  await expect(toCounter.getByRole('option', { name: 'Quầy 3', exact: true })).toBeEnabled();
  await toCounter.selectOption({ label: 'Quầy 3' });
  await transfer.getByRole('button', { name: 'Xác nhận chuyển' }).click();
  await expect(transfer).toHaveCount(0);
  await expect(counter.current).toHaveText('Chưa gọi số nào');
  const waiting = await api<Array<{ number: string; targetCounterId?: string | null }>>(
    server.url,
    'GET',
    '/tickets?state=waiting',
    { token: binh },
  );
  expect(waiting.body.ok && waiting.body.data).toContainEqual(
    expect.objectContaining({ number: moving.number, targetCounterId: 'quay-3' }),
  );
});

test('a counter nobody waits for closes at once', async ({ page }) => {
  const supervisor = (await signIn(server.url, demoAccounts.supervisor)).token;
  // Quầy 4 serves land and results: nothing waits for them.
  await openCounter(page, 4, 'Quầy 4');
  await expect(page.getByText('Không có ai đang chờ')).toBeVisible();
  await page.getByRole('button', { name: 'Đóng quầy', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Chọn quầy làm việc' })).toBeVisible();
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  expect(await counterState('quay-4', supervisor)).toBe('closed');
});

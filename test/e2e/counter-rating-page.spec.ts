import { expect, test } from '@playwright/test';
import { startQueueServer, type QueueServerProcess } from '../support/queue-server-process';
import { counterPage } from '../support/counter-page';
import { api, demoAccounts, signIn } from '../support/server-auth';

/**
 * A counter without a keypad: when the officer finishes, a tablet's rating page offers the
 * buttons; the choice is stored against the ticket, officer, counter and service, and the officer
 * learns only that it arrived.
 */
let server: QueueServerProcess;

test.beforeAll(async () => {
  server = await startQueueServer();
});

test.afterAll(async () => {
  await server?.stop();
});

test('the tablet page collects the rating when the counter has no keypad', async ({
  browser,
  request,
}) => {
  const issued = await request.post(`${server.url}/api/v1/tickets`, {
    data: { serviceId: 'chung-thuc' },
  });
  const number = ((await issued.json()) as { data: { ticket: { number: string } } }).data.ticket
    .number;

  const tablet = await browser.newPage();
  await tablet.goto(`${server.url}/counter/?view=rating&counter=quay-2`);
  await expect(tablet.getByRole('heading', { name: 'Đánh giá mức độ hài lòng' })).toBeVisible();
  await expect(tablet.getByRole('button', { name: 'Hài lòng', exact: true })).toHaveCount(0);

  const page = await browser.newPage();
  await page.goto(`${server.url}/counter/?device=counter-pc-2`);
  const counter = counterPage(page);
  await counter.signIn({ username: 'can-bo-2', password: 'canbo-demo', counter: 'Quầy 2' });
  await page.keyboard.press('F1');
  await expect(counter.current).toHaveText(number);
  await page.keyboard.press('F3');
  await page.keyboard.press('F4');
  await expect(counter.rating).toContainText('Mời công dân đánh giá trên máy tính bảng');

  const region = tablet.getByRole('region', { name: `Đánh giá lượt phục vụ số ${number}` });
  await region.getByRole('button', { name: 'Hài lòng', exact: true }).click();
  await expect(tablet.getByText('Cảm ơn quý khách đã đánh giá!')).toBeVisible();
  await expect(counter.rating).toContainText('Đã nhận đánh giá');
  await expect(page.getByText('Hài lòng', { exact: true })).toHaveCount(0);

  const session = await request.post(`${server.url}/api/v1/sessions`, {
    data: { username: 'giam-sat', password: 'giamsat-demo' },
  });
  const { token } = ((await session.json()) as { data: { token: string } }).data;
  const ratings = await request.get(`${server.url}/api/v1/ratings?counterId=quay-2`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(await ratings.json()).toMatchObject({
    ok: true,
    data: {
      ratings: [
        {
          ticketNumber: number,
          counterId: 'quay-2',
          officerId: 'can-bo-2',
          serviceId: 'chung-thuc',
          dossierCode: null,
          level: 'satisfied',
          source: 'kiosk',
        },
      ],
      summary: { total: 1, satisfiedShare: 1 },
    },
  });

  // The request is closed: a second answer (a page left open, a replay) is refused.
  const pending = await request.get(`${server.url}/api/v1/ratings/pending?counterId=quay-2`);
  expect(await pending.json()).toEqual({ ok: true, data: [] });
  const replay = await request.post(`${server.url}/api/v1/ratings`, {
    data: { requestId: 'khong-co', level: 'dissatisfied' },
  });
  expect(replay.status()).toBe(404);
  const badLevel = await request.post(`${server.url}/api/v1/ratings`, {
    data: { requestId: 'x', level: 'tuyet-voi' },
  });
  expect(badLevel.status()).toBe(400);
  expect(await badLevel.json()).toMatchObject({
    error: { code: 'bad-request', issues: [expect.objectContaining({ path: 'level' })] },
  });
});

test('a rating page for a counter the centre does not have says so, and one whose counter is removed too', async ({
  browser,
}) => {
  const unknown = await browser.newPage();
  await unknown.goto(`${server.url}/counter/?view=rating&counter=quay-9`);
  await expect(unknown.getByRole('alert')).toHaveText(
    'Quầy "quay-9" chưa có trong cấu hình trung tâm (counter "quay-9" is not configured)',
  );

  // Counter 3's tablet is open when a supervisor removes the counter (closed, so it may go).
  const tablet = await browser.newPage();
  // Its own clock, to skip the half minute it waits before asking again.
  await tablet.clock.install();
  await tablet.goto(`${server.url}/counter/?view=rating&counter=quay-3`);
  await expect(tablet.getByText('Xin chào quý khách')).toBeVisible();
  await expect(tablet.getByRole('status')).toHaveCount(0);
  const supervisor = await signIn(server.url, demoAccounts.supervisor);
  const config = await api<{ counters: Array<{ id: string }> }>(server.url, 'GET', '/config', {
    token: supervisor.token,
  });
  if (!config.body.ok) throw new Error(config.body.error.message);
  const removed = await api(server.url, 'PUT', '/config/counters', {
    token: supervisor.token,
    body: config.body.data.counters.filter((counter) => counter.id !== 'quay-3'),
  });
  expect(removed.status).toBe(200);
  await expect(tablet.getByRole('alert')).toHaveText(
    'Quầy "quay-3" chưa có trong cấu hình trung tâm (counter "quay-3" is not configured)',
  );

  // The counter is put back: within the page's next try (every 30 s) it is a rating page again.
  const restored = await api(server.url, 'PUT', '/config/counters', {
    token: supervisor.token,
    body: config.body.data.counters,
  });
  expect(restored.status).toBe(200);
  // `refusedRetryMs` of `useHandshakeRefusal` (@openops/client).
  await tablet.clock.fastForward(30_000);
  await expect(tablet.getByText('Xin chào quý khách')).toBeVisible();
  await expect(tablet.getByRole('alert')).toHaveCount(0);
});

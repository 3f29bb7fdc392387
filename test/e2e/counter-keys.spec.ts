import { expect, test, type APIRequestContext, type WebSocketRoute } from '@playwright/test';
import { counterPage } from '../support/counter-page';
import { startQueueServer, type QueueServerProcess } from '../support/queue-server-process';

/**
 * The counter's shortcut keys act once per deliberate press: a double press, a key held down,
 * or a press while the link to the server is down never calls a citizen the officer did not
 * mean to call.
 */
let server: QueueServerProcess;

test.beforeAll(async () => {
  server = await startQueueServer({ logName: 'counter-keys-server' });
});

test.afterAll(async () => {
  await server?.stop();
});

const issue = async (request: APIRequestContext, serviceId = 'ho-tich'): Promise<string> => {
  const reply = await request.post(`${server.url}/api/v1/tickets`, {
    data: { serviceId },
  });
  expect(reply.status()).toBe(201);
  return ((await reply.json()) as { data: { ticket: { number: string } } }).data.ticket.number;
};

/** Each of the day's tickets by number, with its state. */
const states = async (request: APIRequestContext): Promise<Record<string, string>> => {
  const reply = await request.get(`${server.url}/api/v1/tickets`);
  const tickets = ((await reply.json()) as { data: Array<{ number: string; state: string }> }).data;
  return Object.fromEntries(tickets.map((ticket) => [ticket.number, ticket.state]));
};

test('F1 pressed twice in a row, or held down, calls one citizen', async ({ page, request }) => {
  const [first, second, third] = [await issue(request), await issue(request), await issue(request)];
  await page.goto(`${server.url}/counter/?device=counter-pc-1`);
  const counter = counterPage(page);
  await counter.signIn({ username: 'can-bo-1', password: 'canbo-demo', counter: 'Quầy 1' });
  await expect(counter.waitingRow(third ?? '')).toBeVisible();

  // The second press reaches the page while the first call is still on its way.
  await page.keyboard.press('F1');
  await page.keyboard.press('F1');
  await expect(counter.current).toHaveText(first ?? '');
  // The second press is not lost without a word: the officer is told why nothing happened.
  await expect(counter.alert).toContainText('nhấn lại sau giây lát');
  // Give a second call every chance to land before looking.
  await expect(counter.waitingRow(second ?? '')).toBeVisible();
  await page.waitForTimeout(500);
  expect(await states(request)).toMatchObject({
    [first ?? '']: 'called',
    [second ?? '']: 'waiting',
    [third ?? '']: 'waiting',
  });

  // Held down once the 2 s after a call are over, with that citizen still at the counter: the
  // key repeats, and the counter asks once how their ticket ends; nobody is called meanwhile.
  await page.waitForTimeout(2_100);
  await page.keyboard.down('F1');
  await page.keyboard.down('F1');
  await page.keyboard.down('F1');
  await page.keyboard.up('F1');
  const question = page.getByRole('alertdialog', { name: `Phiếu ${first ?? ''} đang ở quầy` });
  await expect(question).toHaveCount(1);
  await question.getByRole('button', { name: 'Huỷ' }).click();
  await page.waitForTimeout(500);
  expect(await states(request)).toMatchObject({
    [first ?? '']: 'called',
    [second ?? '']: 'waiting',
  });

  // Held down with nobody at the counter: only the first press calls.
  await page.keyboard.press('F6');
  await expect(counter.current).toHaveText('Chưa gọi số nào');
  await page.keyboard.down('F1');
  await page.keyboard.down('F1');
  await page.keyboard.down('F1');
  await page.keyboard.up('F1');
  await expect(counter.current).toHaveText(second ?? '');
  await page.waitForTimeout(500);
  expect(await states(request)).toMatchObject({
    [first ?? '']: 'no-show',
    [second ?? '']: 'called',
    [third ?? '']: 'waiting',
  });
});

test('a key pressed while the server is out of reach is not sent later', async ({
  page,
  request,
}) => {
  const waiting = await issue(request);
  // A network cut between this counter and the server, as in display-resilience.spec.ts.
  let cut = false;
  const open = new Set<WebSocketRoute>();
  await page.routeWebSocket(/\/socket\.io\//, (socket) => {
    if (cut) {
      void socket.close();
      return;
    }
    open.add(socket);
    socket.connectToServer();
  });
  await page.goto(`${server.url}/counter/?device=counter-pc-2`);
  const counter = counterPage(page);
  await counter.signIn({ username: 'can-bo-2', password: 'canbo-demo', counter: 'Quầy 2' });
  await expect(counter.waitingRow(waiting)).toBeVisible();

  cut = true;
  await Promise.all([...open].map((socket) => socket.close()));
  await expect(page.getByText('Mất kết nối máy chủ').first()).toBeVisible();
  await page.keyboard.press('F1');
  await expect(counter.alert).toContainText('thao tác chưa được gửi');

  cut = false;
  // Back online: the queue list is live again, and the press made during the cut was dropped.
  await expect(page.getByText('Mất kết nối máy chủ')).toHaveCount(0, { timeout: 20_000 });
  await page.waitForTimeout(1_000);
  expect((await states(request))[waiting]).toBe('waiting');
  await expect(counter.waitingRow(waiting)).toBeVisible();
});

test("a press held up on the network past the counter's wait is refused when it arrives", async ({
  page,
  request,
}) => {
  // Quầy 3 serves certification (chứng thực).
  const waiting = await issue(request, 'chung-thuc');
  // A cut that socket.io does not notice: the link stays up (its pings pass), but the frame
  // carrying "call next" is held on the way and delivered 12 s later, after the counter has
  // given up waiting (10 s) and told the officer so.
  let holding = false;
  const delivered: Array<Promise<void>> = [];
  await page.routeWebSocket(/\/socket\.io\//, (socket) => {
    const toServer = socket.connectToServer();
    socket.onMessage((message) => {
      if (holding && typeof message === 'string' && message.includes('"counter:call-next"')) {
        delivered.push(
          new Promise((resolve) =>
            setTimeout(() => {
              toServer.send(message);
              resolve();
            }, 12_000),
          ),
        );
        return;
      }
      toServer.send(message);
    });
  });
  await page.goto(`${server.url}/counter/?device=counter-pc-3`);
  const counter = counterPage(page);
  await counter.signIn({ username: 'can-bo-3', password: 'canbo-demo', counter: 'Quầy 3' });
  await expect(counter.waitingRow(waiting)).toBeVisible();

  holding = true;
  await page.keyboard.press('F1');
  await expect(counter.alert).toContainText('Máy chủ không trả lời', { timeout: 15_000 });
  await Promise.all(delivered);
  expect(delivered).toHaveLength(1);
  // Give the late frame every chance to act before looking: the citizen was not called.
  await page.waitForTimeout(1_000);
  expect((await states(request))[waiting]).toBe('waiting');
  await expect(counter.waitingRow(waiting)).toBeVisible();

  // The link itself was fine all along: the next press calls at once.
  holding = false;
  await page.keyboard.press('F1');
  await expect(counter.current).toHaveText(waiting);
});

import { expect, test, type APIRequestContext, type WebSocketRoute } from '@playwright/test';
import { mutedChromium, openDisplay, type DisplayPage } from '../support/display-page';
import { freePort } from '../support/edited-centre';
import { startQueueServer, type QueueServerProcess } from '../support/queue-server-process';

test.use({ launchOptions: mutedChromium });

const issueAndCall = async (
  request: APIRequestContext,
  serverUrl: string,
  serviceId: string,
  counterId: string,
): Promise<string> => {
  const issued = await request.post(`${serverUrl}/api/v1/tickets`, { data: { serviceId } });
  expect(issued.status()).toBe(201);
  const body = (await issued.json()) as { data: { ticket: { number: string } } };
  const called = await request.post(`${serverUrl}/api/v1/counters/${counterId}/call-next`);
  expect(called.ok()).toBe(true);
  return body.data.ticket.number;
};

/**
 * Waits until the display is connected and in its zones' rooms: the server sends the waiting
 * counts after joining them. (The idle message shows before connecting, and a call made
 * before the connection arrives as catch-up, shown but not spoken.)
 */
const connected = async (display: DisplayPage): Promise<void> => {
  await expect(display.page.getByRole('listitem', { name: /^Hộ tịch: \d+$/ })).toBeVisible();
};

const started = (lines: string[], ticketNumber: string): string[] =>
  lines.filter((line) => line.startsWith(`bắt đầu đọc ${ticketNumber} `));

test('a display the centre does not list is told so, and shows no calls', async ({ browser }) => {
  const server = await startQueueServer();
  try {
    const display = await openDisplay(browser, server.url, 'display-khong-co');
    await expect(display.page.getByRole('alert')).toContainText('Màn hình chưa được cấu hình');
    await expect(display.page.getByRole('alert')).toContainText('display-khong-co');
    await expect(display.currentCall()).toHaveCount(0);
    await display.page.close();
  } finally {
    await server.stop();
  }
});

test('a display rides out a server restart: says so, reconnects alone, repeats nothing', async ({
  browser,
  request,
}) => {
  const port = await freePort();
  let server: QueueServerProcess = await startQueueServer();
  const dataDir = server.dataDir;
  await server.stop();
  server = await startQueueServer({ port, dataDir, logName: 'queue-server-display' });
  try {
    const display = await openDisplay(browser, server.url, 'display-1');
    await expect(display.currentCall()).toContainText('Xin mời công dân chờ đến lượt');
    await connected(display);
    const before = await issueAndCall(request, server.url, 'ho-tich', 'quay-1');
    await expect(display.currentCall()).toHaveText(`${before} → Quầy 1`);
    await display.waitForLog(`đọc xong ${before}`);

    await server.stop();
    const offline = display.page.getByRole('status');
    await expect(offline).toContainText('Mất kết nối máy chủ');
    // The last call stays on screen while the server is away.
    await expect(display.currentCall()).toHaveText(`${before} → Quầy 1`);

    server = await startQueueServer({ port, dataDir, logName: 'queue-server-display' });
    await expect(offline).toHaveCount(0, { timeout: 20_000 });
    await connected(display);
    const after = await issueAndCall(request, server.url, 'chung-thuc', 'quay-3');
    await expect(display.currentCall()).toHaveText(`${after} → Quầy 3`);
    await display.waitForLog(`đọc xong ${after}`);
    const lines = await display.logLines();
    // The catch-up on reconnect did not speak the earlier call a second time.
    expect(started(lines, before)).toHaveLength(1);
    expect(started(lines, after)).toHaveLength(1);
    await display.page.close();
  } finally {
    await server.stop();
  }
});

test('calls made while a display was cut off are shown on return, newest current, not spoken', async ({
  browser,
  request,
}) => {
  const server = await startQueueServer();
  try {
    const display = await openDisplay(browser, server.url, 'display-1');
    // A network cut between this screen and the server: open sockets are closed and new ones
    // refused while `cut` holds; otherwise traffic goes through to the real server.
    let cut = false;
    const open = new Set<WebSocketRoute>();
    await display.page.routeWebSocket(/\/socket\.io\//, (socket) => {
      if (cut) {
        void socket.close();
        return;
      }
      open.add(socket);
      socket.connectToServer();
    });
    await display.page.reload();
    // Connected through the route: the waiting counts have arrived and no offline badge shows.
    await expect(display.page.getByRole('listitem', { name: 'Hộ tịch: 0' })).toBeVisible();
    await expect(display.page.getByRole('status')).toHaveCount(0);
    const first = await issueAndCall(request, server.url, 'ho-tich', 'quay-1');
    await expect(display.currentCall()).toHaveText(`${first} → Quầy 1`);
    await display.waitForLog(`đọc xong ${first}`);

    cut = true;
    await Promise.all([...open].map((socket) => socket.close()));
    await expect(display.page.getByRole('status')).toContainText('Mất kết nối máy chủ');
    const missedEarlier = await issueAndCall(request, server.url, 'ho-tich', 'quay-2');
    const missedLatest = await issueAndCall(request, server.url, 'dat-dai', 'quay-4');

    cut = false;
    await expect(display.currentCall()).toHaveText(`${missedLatest} → Quầy 4`, {
      timeout: 20_000,
    });
    // Caught up, not live: it does not flash.
    await expect(display.currentCall().getByRole('paragraph')).toHaveCSS('animation-name', 'none');
    await expect(display.page.getByRole('listitem', { name: 'Quầy 2' })).toContainText(
      missedEarlier,
    );
    // Give a wrongly spoken catch-up every chance to show: a live call after it is read out,
    // and the log must hold that one and none of the missed ones.
    const live = await issueAndCall(request, server.url, 'chung-thuc', 'quay-3');
    await display.waitForLog(`đọc xong ${live}`);
    const lines = await display.logLines();
    expect(started(lines, missedEarlier)).toEqual([]);
    expect(started(lines, missedLatest)).toEqual([]);
    expect(started(lines, live)).toHaveLength(1);
  } finally {
    await server.stop();
  }
});

test('a display whose sound file never arrives still shows calls, and its announcements do not pile up', async ({
  browser,
  request,
}) => {
  const server = await startQueueServer();
  try {
    // The sprite request hangs: neither loaded nor failed, as on a stalled network.
    const display = await openDisplay(browser, server.url, 'display-1', {
      beforeOpen: (opening) => opening.route(/\.ogg$/, () => undefined),
    });
    await connected(display);
    const first = await issueAndCall(request, server.url, 'ho-tich', 'quay-1');
    await expect(display.currentCall()).toHaveText(`${first} → Quầy 1`);
    // Its clips wait for the file once (15 s from start), not once each.
    await display.waitForLog(`đọc xong ${first}`);
    const second = await issueAndCall(request, server.url, 'chung-thuc', 'quay-3');
    await expect(display.currentCall()).toHaveText(`${second} → Quầy 3`);
    const quickly = Date.now();
    await display.waitForLog(`đọc xong ${second}`);
    expect(Date.now() - quickly).toBeLessThan(5000);
    expect(display.playerProblems.join('\n')).toContain('announcement sprite still not loaded');
    await display.page.close();
  } finally {
    await server.stop();
  }
});

import { expect, test, type APIRequestContext } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { mutedChromium, openDisplay } from '../support/display-page';
import { startServerWithDisplays } from '../support/display-server';
import { startQueueServer, type QueueServerProcess } from '../support/queue-server-process';

test.use({ launchOptions: mutedChromium });

let server: QueueServerProcess;

const notice =
  'Công dân vui lòng giữ phiếu số thứ tự và theo dõi màn hình. Please keep your ticket and watch the screen.';

test.beforeAll(async () => {
  server = await startServerWithDisplays({
    'display-1': { notice, layout: { recentPerCounter: 3 } },
    'display-tang-2': { layout: { announceEnglish: true } },
  });
  mkdirSync('test-results/screens', { recursive: true });
});

test.afterAll(async () => {
  await server?.stop();
});

const issue = async (
  request: APIRequestContext,
  serviceId: string,
  url = server.url,
): Promise<string> => {
  const response = await request.post(`${url}/api/v1/tickets`, { data: { serviceId } });
  expect(response.status()).toBe(201);
  const body = (await response.json()) as { data: { ticket: { number: string } } };
  return body.data.ticket.number;
};

const callNext = async (
  request: APIRequestContext,
  counterId: string,
  url = server.url,
): Promise<void> => {
  const response = await request.post(`${url}/api/v1/counters/${counterId}/call-next`);
  expect(response.ok()).toBe(true);
};

/** The "started" lines of the log: one per announcement, with its clip sequence. */
const startedLines = (lines: string[]): string[] =>
  lines.filter((line) => line.startsWith('bắt đầu đọc'));

test('calls from a counter session reach only the displays of their zone, spoken in order', async ({
  browser,
  request,
}) => {
  const hall = await openDisplay(browser, server.url, 'display-1');
  const floor2 = await openDisplay(browser, server.url, 'display-tang-2');
  await expect(hall.page.getByRole('heading', { level: 1 })).toContainText('Trung tâm');
  await expect(hall.currentCall()).toContainText('Xin mời công dân chờ đến lượt');

  const first = await issue(request, 'ho-tich');
  const second = await issue(request, 'chung-thuc');

  // A real counter session: the officer of Quầy 1 (zone tang-1) calls the next citizen.
  const counter = await browser.newPage();
  await counter.goto(`${server.url}/counter/`);
  await counter.getByRole('button', { name: 'Quầy 1' }).click();
  await counter.getByRole('button', { name: 'Gọi số tiếp theo' }).click();
  await expect(hall.currentCall()).toHaveText(`${first} → Quầy 1`);
  // A call that arrives live flashes.
  await expect(hall.currentCall().getByRole('paragraph')).toHaveCSS('animation-name', 'call-flash');
  await expect(hall.page.getByRole('listitem', { name: 'Quầy 1' })).toContainText(first);

  // Quầy 3 is in zone tang-2: both displays show it.
  await callNext(request, 'quay-3');
  await expect(hall.currentCall()).toHaveText(`${second} → Quầy 3`);
  await expect(floor2.currentCall()).toHaveText(`${second} → Quầy 3`);
  // The floor-2 display got the later call, so the earlier one, had it been sent, is there too.
  await expect(floor2.page.getByText(first)).toHaveCount(0);
  await expect(floor2.page.getByRole('listitem', { name: 'Quầy 1' })).toHaveCount(0);
  await expect(floor2.page.getByRole('listitem', { name: 'Quầy 3' })).toContainText(second);
  await floor2.page.screenshot({ path: 'test-results/screens/display-zone-tang-2.png' });

  await hall.waitForLog(`đọc xong ${second} → Quầy 3`);
  expect(startedLines(await hall.logLines())).toEqual([
    `bắt đầu đọc ${first} → Quầy 1: chime vi:intro vi:a vi:một vi:to-counter vi:một`,
    `bắt đầu đọc ${second} → Quầy 3: chime vi:intro vi:bê vi:một vi:to-counter vi:ba`,
  ]);
  await floor2.waitForLog(`đọc xong ${second} → Quầy 3`);
  // This display is configured to repeat each call in English.
  expect(startedLines(await floor2.logLines())).toEqual([
    `bắt đầu đọc ${second} → Quầy 3: chime vi:intro vi:bê vi:một vi:to-counter vi:ba en:intro en:B en:one en:to-counter en:three`,
  ]);
  // Every clip played to its end: none failed, timed out or was missing.
  expect(hall.playerProblems).toEqual([]);
  expect(floor2.playerProblems).toEqual([]);
  await counter.close();
  await hall.page.close();
  await floor2.page.close();
});

test('calls made together are spoken one after the other, never over each other', async ({
  browser,
  request,
}) => {
  const hall = await openDisplay(browser, server.url, 'display-1');
  const numbers = [await issue(request, 'ho-tich'), await issue(request, 'dat-dai')];
  // The waiting counts arriving prove the display is connected and in its zones' rooms.
  await expect(hall.page.getByRole('listitem', { name: 'Đất đai – Xây dựng: 1' })).toBeVisible();
  await Promise.all([callNext(request, 'quay-1'), callNext(request, 'quay-4')]);
  await hall.waitForLog('đọc xong');
  await expect
    .poll(
      async () => (await hall.logLines()).filter((line) => line.startsWith('đọc xong')).length,
      {
        timeout: 30_000,
      },
    )
    .toBe(2);
  const lines = await hall.logLines();
  const events = lines.map((line) => line.replace(/:.*$/, ''));
  const [firstCall, secondCall] = startedLines(lines).map((line) =>
    line.replace(/^bắt đầu đọc /, '').replace(/:.*$/, ''),
  );
  expect(new Set([firstCall, secondCall])).toEqual(
    new Set([`${numbers[0]} → Quầy 1`, `${numbers[1]} → Quầy 4`]),
  );
  // The second call was queued while the first was being read, and waited for its end.
  expect(events).toEqual([
    `chờ đọc ${firstCall}`,
    `bắt đầu đọc ${firstCall}`,
    `chờ đọc ${secondCall}`,
    `đọc xong ${firstCall}`,
    `bắt đầu đọc ${secondCall}`,
    `đọc xong ${secondCall}`,
  ]);
  expect(hall.playerProblems).toEqual([]);
  await hall.page.screenshot({ path: 'test-results/screens/display-layout.png' });
  await hall.page.close();
});

test('a recall brings the number back as current and repeats the whole announcement', async ({
  browser,
  request,
}) => {
  // A server of its own, so the numbers (and so the words spoken) do not depend on other tests.
  const own = await startQueueServer();
  try {
    const { url } = own;
    const hall = await openDisplay(browser, url, 'display-1');
    const number = await issue(request, 'chung-thuc', url);
    expect(number).toBe('B001');
    await expect(hall.page.getByRole('listitem', { name: 'Chứng thực: 1' })).toBeVisible();
    await callNext(request, 'quay-2', url);
    await expect(hall.currentCall()).toHaveText(`${number} → Quầy 2`);
    // Another counter's call takes the big panel; the recall must bring this one back.
    const other = await issue(request, 'dat-dai', url);
    expect(other).toBe('C001');
    await callNext(request, 'quay-4', url);
    await expect(hall.currentCall()).toHaveText(`${other} → Quầy 4`);
    const recalled = await request.post(`${url}/api/v1/counters/quay-2/recall`);
    expect(recalled.ok()).toBe(true);
    await expect(hall.currentCall()).toHaveText(`${number} → Quầy 2`);
    await expect(hall.page.getByText('Gọi lại Recall')).toBeVisible();
    await hall.waitForLog(`đọc xong ${number} → Quầy 2 (gọi lại)`);
    const spoken = `chime vi:intro vi:bê vi:một vi:to-counter vi:hai`;
    expect(startedLines(await hall.logLines())).toEqual([
      `bắt đầu đọc ${number} → Quầy 2: ${spoken}`,
      `bắt đầu đọc ${other} → Quầy 4: chime vi:intro vi:xê vi:một vi:to-counter vi:bốn`,
      `bắt đầu đọc ${number} → Quầy 2 (gọi lại): ${spoken}`,
    ]);
    expect(hall.playerProblems).toEqual([]);
    await hall.page.close();
  } finally {
    await own.stop();
  }
});

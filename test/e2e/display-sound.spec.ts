import { expect, test } from '@playwright/test';
import { mutedChromium, openDisplay } from '../support/display-page';
import { startQueueServer, type QueueServerProcess } from '../support/queue-server-process';

/**
 * A display opened in a browser that keeps sound off until someone touches the page (the
 * default autoplay policy outside the Electron shell): the screen says so, one touch turns the
 * sound on, and the next call is spoken.
 */
test.use({
  launchOptions: {
    ...mutedChromium,
    args: [
      ...mutedChromium.args.filter((arg) => !arg.startsWith('--autoplay-policy')),
      '--autoplay-policy=document-user-activation-required',
    ],
  },
});

let server: QueueServerProcess;

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

test.beforeAll(async () => {
  server = await startQueueServer({ logName: 'queue-server-display-sound' });
});

test.afterAll(async () => {
  await server?.stop();
});

test('a display whose browser holds the sound back asks for one touch, then speaks', async ({
  browser,
  request,
}) => {
  const display = await openDisplay(browser, server.url, 'display-1');
  const hint = display.page.getByRole('status').filter({ hasText: 'Chạm vào màn hình' });
  await expect(hint).toHaveText(
    'Chạm vào màn hình một lần để bật tiếng gọi số · Touch the screen once to turn on the call announcements',
  );
  // The hint covers neither the waiting counts nor the called number while it waits.
  const hintBox = await hint.boundingBox();
  for (const region of ['Số người đang chờ', 'Số đang gọi']) {
    const box = await display.page.getByRole('region', { name: region }).boundingBox();
    expect(hintBox && box && overlap(hintBox, box), region).toBe(false);
  }

  await display.page.mouse.click(200, 200);
  await expect(hint).toHaveCount(0);
  // Connected and in its zones' rooms (the waiting counts come after joining them): a call
  // made before that would arrive as catch-up, shown but not spoken.
  await expect(display.page.getByRole('listitem', { name: /^Hộ tịch: \d+$/ })).toBeVisible();

  const issued = await request.post(`${server.url}/api/v1/tickets`, {
    data: { serviceId: 'ho-tich' },
  });
  const { data } = (await issued.json()) as { data: { ticket: { number: string } } };
  expect((await request.post(`${server.url}/api/v1/counters/quay-1/call-next`)).ok()).toBe(true);
  await display.waitForLog(`đọc xong ${data.ticket.number}`);
  expect(display.playerProblems).toEqual([]);
  await display.page.close();
});

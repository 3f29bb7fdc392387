import { expect, test } from '@playwright/test';
import { mutedChromium, openDisplay, issueAndCall } from '../support/display-page';
import { startQueueServer, type QueueServerProcess } from '../support/queue-server-process';

/**
 * A screen that booted while the server was restarting, so its sound file did not come: it
 * says so in a corner, and a call after a short back-off loads the file again and is spoken.
 */
test.use({ launchOptions: mutedChromium });

let server: QueueServerProcess;

test.beforeAll(async () => {
  server = await startQueueServer({ logName: 'queue-server-display-sound-file' });
});

test.afterAll(async () => {
  await server?.stop();
});

test('a sound file that failed to load says so, and is loaded again on a later call', async ({
  browser,
  request,
}) => {
  // The file's requests are refused while `serverBack` is false, as by a restarting server.
  let serverBack = false;
  let requests = 0;
  const display = await openDisplay(browser, server.url, 'display-1', {
    beforeOpen: (page) =>
      page.route(/\.ogg$/, async (route) => {
        requests += 1;
        if (serverBack) await route.continue();
        else await route.abort('connectionrefused');
      }),
  });
  const notice = display.page
    .getByRole('status')
    .filter({ hasText: 'Không phát được âm thanh gọi số' });
  await expect(notice).toBeVisible();
  await expect(display.page.getByRole('listitem', { name: /^Hộ tịch: \d+$/ })).toBeVisible();
  // Calls still show while the sound is away.
  const silent = await issueAndCall(request, server.url, { counterId: 'quay-1' });
  await expect(display.currentCall()).toHaveText(`${silent} → Quầy 1`);
  const refused = requests;

  serverBack = true;
  // Each call until the back-off is over is shown silently; the first after it loads the file.
  await expect(async () => {
    await issueAndCall(request, server.url, { counterId: 'quay-2' });
    await expect(notice).toHaveCount(0, { timeout: 2_000 });
  }).toPass({ timeout: 40_000, intervals: [1_000] });
  expect(requests).toBeGreaterThan(refused);

  const spoken = await issueAndCall(request, server.url, { counterId: 'quay-1' });
  await display.waitForLog(`đọc xong ${spoken}`);
  const played = await display.page.evaluate(() => {
    const scope = globalThis as unknown as { Howler?: { _howls: { state: () => string }[] } };
    return (scope.Howler?._howls ?? []).map((howl) => howl.state());
  });
  expect(played).toEqual(['loaded']);
  // Besides the failed load, every clip played to its end.
  expect(display.playerProblems.filter((line) => !line.includes('failed to load'))).toEqual([]);
  await display.page.close();
});

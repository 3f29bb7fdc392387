import { expect, test, type Page } from '@playwright/test';
import { mutedChromium, openDisplay, issueAndCall } from '../support/display-page';
import { startQueueServer, type QueueServerProcess } from '../support/queue-server-process';

/**
 * A TV nobody has touched, in a browser that keeps sound off until a touch: its calls show but
 * are not kept to be played later, so the first touch does not set off the day's calls at once.
 */
test.use({
  // A trace's DOM snapshots run script in the page as a user gesture: one taken after the
  // navigation, before the app has opened its audio, would lift the very policy under test.
  trace: { mode: 'retain-on-failure', snapshots: false, screenshots: true, sources: true },
  launchOptions: {
    ...mutedChromium,
    args: [
      ...mutedChromium.args.filter((arg) => !arg.startsWith('--autoplay-policy')),
      '--autoplay-policy=document-user-activation-required',
    ],
  },
});

let server: QueueServerProcess;

test.beforeAll(async () => {
  server = await startQueueServer({ logName: 'queue-server-display-held-back' });
});

test.afterAll(async () => {
  await server?.stop();
});

/**
 * Records when the page starts each Web Audio source of a clip, howler's way of playing one. Put in
 * before the app loads; read only once the calls are done, since Playwright runs page scripts
 * as if the user had touched the page.
 */
const recordSourceStarts = async (page: Page): Promise<void> => {
  await page.addInitScript(() => {
    // The suite compiles without DOM typings; this is the part of Web Audio watched here.
    type Source = { prototype: { start: (...args: unknown[]) => void } };
    const scope = globalThis as unknown as {
      AudioBufferSourceNode?: Source;
      sourceStarts?: number[];
      performance: { now: () => number };
    };
    const source = scope.AudioBufferSourceNode;
    if (!source) return;
    const starts: number[] = [];
    scope.sourceStarts = starts;
    const start = source.prototype.start;
    source.prototype.start = function (
      this: { buffer?: { duration: number } | null },
      ...args: unknown[]
    ) {
      // Howler unlocks audio at the first touch by starting an empty one-sample buffer: that
      // is no clip of a call, and is left out.
      if ((this.buffer?.duration ?? 0) > 0.01) starts.push(scope.performance.now());
      start.apply(this, args);
    };
  });
};

/** How many clips the page has started so far. */
const sourcesStarted = async (page: Page): Promise<number> =>
  page.evaluate(
    () => (globalThis as unknown as { sourceStarts?: number[] }).sourceStarts?.length ?? 0,
  );

test('calls made before anyone touched the screen are shown, not kept to play at the touch', async ({
  browser,
  request,
}) => {
  let heldBack: Promise<unknown> = Promise.resolve();
  let joined: Promise<unknown> = Promise.resolve();
  const display = await openDisplay(browser, server.url, 'display-1', {
    beforeOpen: async (page) => {
      await recordSourceStarts(page);
      heldBack = page.waitForEvent('console', (message) =>
        message.text().includes('sound held back until someone touches the screen'),
      );
      // Connected and in its zones' rooms, read off the wire: a locator now would count as
      // the touch under test. The server sends the recent calls after joining them.
      joined = page
        .waitForEvent('websocket')
        .then((socket) =>
          socket.waitForEvent('framereceived', (frame) =>
            String(frame.payload).includes('"calls:recent"'),
          ),
        );
    },
  });
  await heldBack;
  await joined;

  const numbers = [
    await issueAndCall(request, server.url, { counterId: 'quay-1' }),
    await issueAndCall(request, server.url, { counterId: 'quay-2' }),
    await issueAndCall(request, server.url, { counterId: 'quay-1' }),
  ];
  const last = numbers.at(-1) ?? '';
  await expect(display.currentCall()).toHaveText(`${last} → Quầy 1`);
  await display.waitForLog(`đọc xong ${last}`);

  await display.page.mouse.click(200, 200);
  await expect(display.page.getByRole('status')).toHaveCount(0);
  // Read only now: a page script counts as a touch. No clip was kept to play at the touch, and
  // none played before it. (Counted, not timed: a clip's start time moves with the machine.)
  expect(await sourcesStarted(display.page)).toBe(0);
  // The touch turned the sound on: the next call is spoken.
  const next = await issueAndCall(request, server.url, { counterId: 'quay-2' });
  await display.waitForLog(`đọc xong ${next}`);
  expect(await sourcesStarted(display.page)).toBeGreaterThan(0);
  expect(display.playerProblems).toEqual([]);
  await display.page.close();
});

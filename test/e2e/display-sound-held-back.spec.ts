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
 * Records when the page starts each Web Audio source, howler's way of playing a clip. Put in
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
    source.prototype.start = function (this: unknown, ...args: unknown[]) {
      starts.push(scope.performance.now());
      start.apply(this, args);
    };
  });
};

/** The most sources started within 50 ms of each other: more than one is a pile of clips. */
const mostStartedTogether = async (page: Page): Promise<number> => {
  const starts = await page.evaluate(
    () => (globalThis as unknown as { sourceStarts?: number[] }).sourceStarts ?? [],
  );
  return Math.max(
    0,
    ...starts.map((at) => starts.filter((other) => other >= at && other < at + 50).length),
  );
};

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
  // The touch turned the sound on: the next call is spoken, whole, and alone.
  const next = await issueAndCall(request, server.url, { counterId: 'quay-2' });
  await display.waitForLog(`đọc xong ${next}`);
  // No clip held back earlier started at the touch, or when the page was first used, together
  // with others.
  expect(await mostStartedTogether(display.page)).toBe(1);
  expect(display.playerProblems).toEqual([]);
  await display.page.close();
});

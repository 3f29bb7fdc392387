import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { mutedChromium, openDisplay, type DisplayPage } from '../support/display-page';
import { startQueueServer, type QueueServerProcess } from '../support/queue-server-process';

/**
 * A display opened in a browser that keeps sound off until someone touches the page (the
 * default autoplay policy outside the Electron shell): the screen says so, one touch turns the
 * sound on, and the next call is spoken.
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

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

test.beforeAll(async () => {
  server = await startQueueServer({ logName: 'queue-server-display-sound' });
});

test.afterAll(async () => {
  await server?.stop();
});

/**
 * What the page's audio stack reports, to say why a hint did not come. Playwright runs page
 * scripts, locators included, as if the user had touched the page: read it only afterwards.
 */
const soundState = (page: Page): Promise<string> =>
  page.evaluate(() => {
    // The suite compiles without DOM typings; these are the few parts read here.
    const scope = globalThis as unknown as {
      Howler?: { usingWebAudio: boolean; ctx: { state: string } | null };
      navigator: { userActivation: { hasBeenActive: boolean } };
      document: { querySelectorAll: (selector: string) => Iterable<{ textContent: string }> };
    };
    return JSON.stringify({
      webAudio: scope.Howler?.usingWebAudio ?? null,
      context: scope.Howler?.ctx?.state ?? null,
      touched: scope.navigator.userActivation.hasBeenActive,
      statuses: [...scope.document.querySelectorAll('[role="status"]')].map(
        (node) => node.textContent,
      ),
    });
  });

/** Whether the display played through Web Audio or, without it, through media elements. */
const expectSoundThrough = async (display: DisplayPage, webAudio: boolean): Promise<void> => {
  const state = JSON.parse(await soundState(display.page)) as { webAudio: boolean };
  expect(state.webAudio).toBe(webAudio);
};

/**
 * Opens the display and waits, without touching the page, until it has found the sound held
 * back: any locator before that would count as the touch it waits for.
 */
const openHeldBack = async (
  browser: Browser,
  setUp: (page: Page) => Promise<unknown> = async () => undefined,
): Promise<DisplayPage> => {
  let heldBack: Promise<unknown> = Promise.resolve();
  const display = await openDisplay(browser, server.url, 'display-1', {
    beforeOpen: async (page) => {
      heldBack = page.waitForEvent('console', (message) =>
        message.text().includes('sound held back until someone touches the screen'),
      );
      await setUp(page);
    },
  });
  await heldBack.catch(async (error: Error) => {
    throw new Error(`${error.message}\nsound state: ${await soundState(display.page)}`);
  });
  return display;
};

const touchThenSpeak = async (display: DisplayPage, request: APIRequestContext): Promise<void> => {
  const hint = display.page.getByRole('status').filter({ hasText: 'Chạm vào màn hình' });
  await expect(hint)
    .toHaveText(
      'Chạm vào màn hình một lần để bật tiếng gọi số · Touch the screen once to turn on the call announcements',
    )
    .catch(async (error: Error) => {
      throw new Error(`${error.message}\nsound state: ${await soundState(display.page)}`);
    });
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
};

test('a display whose browser holds the sound back asks for one touch, then speaks', async ({
  browser,
  request,
}) => {
  const display = await openHeldBack(browser);
  await touchThenSpeak(display, request);
  await expectSoundThrough(display, true);
  await display.page.close();
});

test('without Web Audio the display still asks for the touch, and speaks through media', async ({
  browser,
  request,
}) => {
  // As when the browser cannot open an audio context: howler falls back to media elements.
  const display = await openHeldBack(browser, (page) =>
    page.addInitScript(() => {
      Reflect.deleteProperty(globalThis, 'AudioContext');
      Reflect.deleteProperty(globalThis, 'webkitAudioContext');
    }),
  );
  await touchThenSpeak(display, request);
  await expectSoundThrough(display, false);
  await display.page.close();
});

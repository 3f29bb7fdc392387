import { expect, type APIRequestContext, type Browser, type Page } from '@playwright/test';

/** The size of the wall screens the layout is designed for. */
export const fullHd = { width: 1920, height: 1080 };

export type DisplayPage = {
  page: Page;
  /**
   * Warnings and errors the announcer's player wrote (a clip that failed, timed out, or was
   * missing); its notes at info level are not problems.
   */
  playerProblems: string[];
  currentCall: () => ReturnType<Page['getByRole']>;
  /** Lines of the visually hidden announcement log, oldest first. */
  logLines: () => Promise<string[]>;
  /** Waits until the announcement log holds a line containing the text. */
  waitForLog: (text: string) => Promise<void>;
};

/** Opens a display screen at 1080p as the named display, collecting the player's warnings. */
export const openDisplay = async (
  browser: Browser,
  serverUrl: string,
  deviceId: string,
  options: { beforeOpen?: (page: Page) => Promise<unknown> } = {},
): Promise<DisplayPage> => {
  const page = await browser.newPage({ viewport: fullHd });
  await options.beforeOpen?.(page);
  const playerProblems: string[] = [];
  page.on('console', (message) => {
    const text = message.text();
    const player = /"level":"(warn|error)","ns":"(howler-player|announcer|use-announcer)"/;
    if (player.test(text)) playerProblems.push(text);
  });
  await page.goto(`${serverUrl}/display/?device=${deviceId}`);
  const log = page.getByRole('log', { name: 'Nhật ký đọc số' });
  return {
    page,
    playerProblems,
    currentCall: () => page.getByRole('region', { name: 'Số đang gọi' }),
    logLines: async () => log.getByRole('listitem').allTextContents(),
    waitForLog: async (text) => {
      await expect(log.getByRole('listitem').filter({ hasText: text })).not.toHaveCount(0, {
        timeout: 30_000,
      });
    },
  };
};

/**
 * The suite's Chromium with sound muted: the announcer still plays every clip through Web
 * Audio and gets its end events, but nothing comes out of the speakers.
 */
export const mutedChromium = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--autoplay-policy=no-user-gesture-required',
    '--mute-audio',
  ],
};

/** A hundredth of the screen's shorter side: the display's unit. */
export const unit = (page: Page): number => {
  const viewport = page.viewportSize() ?? fullHd;
  return Math.min(viewport.width, viewport.height) / 100;
};

export const fontSize = (locator: ReturnType<Page['getByText']>): Promise<number> =>
  locator.evaluate((element) =>
    parseFloat(element.ownerDocument.defaultView?.getComputedStyle(element).fontSize ?? '0'),
  );

/**
 * The current call lies inside its card (the panel around the "Số đang gọi" region) and on
 * the screen; its counter name is no smaller than 4u, and no larger than the number.
 */
export const expectCallInsideCard = async (
  page: Page,
  ticketNumber: string,
  counterName: string,
) => {
  const region = page.getByRole('region', { name: 'Số đang gọi' });
  await expect(region).toContainText(ticketNumber);
  const call = region.getByRole('paragraph');
  const card = region.locator('..');
  const screen = `at ${page.viewportSize()?.width}×${page.viewportSize()?.height}`;
  // Fitted after each layout, and again once the screen's size settles: poll.
  await expect(async () => {
    const callBox = await call.boundingBox();
    const cardBox = await card.boundingBox();
    expect(callBox && cardBox, screen).toBeTruthy();
    if (!callBox || !cardBox) return;
    expect(callBox.y, `call above its card ${screen}`).toBeGreaterThanOrEqual(cardBox.y - 0.5);
    expect(callBox.y + callBox.height, `call below its card ${screen}`).toBeLessThanOrEqual(
      cardBox.y + cardBox.height + 0.5,
    );
    expect(callBox.x + callBox.width, `call past its card ${screen}`).toBeLessThanOrEqual(
      cardBox.x + cardBox.width + 0.5,
    );
  }).toPass({ timeout: 5_000 });
  const name = await fontSize(region.getByText(counterName, { exact: true }));
  const number = await fontSize(region.getByText(ticketNumber, { exact: true }));
  expect(name, screen).toBeGreaterThanOrEqual(4 * unit(page) - 0.5);
  expect(number, screen).toBeGreaterThan(name);
};

/** Each named counter's latest number is drawn at 4u or more (read from 10 m). */
export const expectLatestNumbersReadable = async (page: Page, latest: Map<string, string>) => {
  const board = page.getByRole('region', { name: 'Các số vừa gọi' });
  for (const [name, ticketNumber] of latest) {
    const row = board.getByRole('listitem', { name, exact: true });
    await expect(row).toContainText(ticketNumber);
    await expect(async () => {
      const size = await fontSize(row.getByText(ticketNumber, { exact: true }).first());
      expect(size, `${name}'s ${ticketNumber}`).toBeGreaterThanOrEqual(4 * unit(page) - 0.5);
    }).toPass({ timeout: 5_000 });
  }
};

/**
 * Issues a ticket of `serviceId` over the real REST API and calls it at `counterId` (the demo
 * centre's open routes); returns the number called.
 */
export const issueAndCall = async (
  request: APIRequestContext,
  serverUrl: string,
  { serviceId = 'ho-tich', counterId = 'quay-1' }: { serviceId?: string; counterId?: string } = {},
): Promise<string> => {
  const issued = await request.post(`${serverUrl}/api/v1/tickets`, { data: { serviceId } });
  expect(issued.status()).toBe(201);
  const called = await request.post(`${serverUrl}/api/v1/counters/${counterId}/call-next`);
  expect(called.ok()).toBe(true);
  return ((await called.json()) as { data: { ticketNumber: string } }).data.ticketNumber;
};

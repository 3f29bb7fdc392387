import { expect, type Browser, type Page } from '@playwright/test';

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

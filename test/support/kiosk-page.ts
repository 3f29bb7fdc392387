import { expect, test, type Page } from '@playwright/test';
import type { LoopbackPrinter } from './loopback-printer';
import type { QueueServerOptions, QueueServerProcess } from './queue-server-process';
import { startKioskWithPrinter, type KioskWithPrinter } from './kiosk-with-printer';

/** Where kiosk specs keep a screenshot of each main screen, for people to look at. */
export const screens = 'test-results/screens';

export type KioskCentre = {
  server: QueueServerProcess;
  printer: LoopbackPrinter;
  /**
   * Opens kiosk-1 at a touch-screen size (1280×1024) and waits for the home screen.
   * `query` is appended to the address as is (default none), e.g. `&idle=2`.
   */
  open: (page: Page, query?: string) => Promise<void>;
};

/**
 * Gives the calling spec file its own demo centre with kiosk-1's printer (see
 * `startKioskWithPrinter`): started before its first test, stopped after its last, so one
 * file's tickets and dossiers never leak into another's. Call it at the top of a spec file (or
 * of a `test.describe`, for a centre of its own); `server` and `printer` can be read only inside
 * tests, once the hook has run. `serverOptions` go to `startQueueServer` (default none).
 */
export const useKioskCentre = (serverOptions: QueueServerOptions = {}): KioskCentre => {
  let started: KioskWithPrinter | undefined;
  test.beforeAll(async () => {
    started = await startKioskWithPrinter('kiosk-1', serverOptions);
  });
  test.afterAll(async () => {
    await started?.stop();
  });
  const current = (): KioskWithPrinter => {
    if (!started) throw new Error('the kiosk centre is read before its beforeAll hook ran');
    return started;
  };
  return {
    get server() {
      return current().server;
    },
    get printer() {
      return current().printer;
    },
    open: async (page, query = '') => {
      await page.setViewportSize({ width: 1280, height: 1024 });
      await page.goto(`${current().server.url}/kiosk/?device=kiosk-1${query}`);
      await expect(page.getByRole('heading', { name: 'Chọn dịch vụ bạn cần' })).toBeVisible();
    },
  };
};

import { autoUpdater } from 'electron-updater';
import { createLogger } from '@openops/protocol/logger';
import type { ShellApp } from './shell-options';
import { isQuietHour, updateCheckIntervalMs, updateFeedUrl } from './update-policy';

const log = createLogger('shell-updates');

/**
 * Keeps the app up to date from the centre server's static update folder: checks at start
 * and every few hours, downloads in the background, installs only in the quiet hours.
 */
export const startAutoUpdate = (
  app: ShellApp,
  serverUrl: string,
  updateUrl: string | undefined,
  now: () => Date,
): void => {
  const url = updateFeedUrl(serverUrl, app, updateUrl);
  autoUpdater.setFeedURL({ provider: 'generic', url });
  autoUpdater.autoDownload = true;
  autoUpdater.autoInstallOnAppQuit = true;
  let downloaded = false;
  let lastCheck = 0;
  autoUpdater.on('update-downloaded', (info) => {
    downloaded = true;
    log.info('update downloaded, installs in the quiet hours', { version: info.version });
  });
  autoUpdater.on('error', (error) =>
    log.warn('update check failed', { url, error: error.message }),
  );
  const check = (): void => {
    if (downloaded) {
      if (isQuietHour(now())) autoUpdater.quitAndInstall(true, true);
      return;
    }
    if (now().getTime() - lastCheck < updateCheckIntervalMs) return;
    lastCheck = now().getTime();
    autoUpdater
      .checkForUpdates()
      .catch((error: unknown) => log.warn('update check failed', { url, error: String(error) }));
  };
  check();
  // Often enough to catch the quiet hours; the feed itself is asked every few hours.
  setInterval(check, 15 * 60_000).unref();
};

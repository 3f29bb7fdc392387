import type { ShellApp } from './shell-options';

/** Port of the update folder service (build/systemd/openops-updates.service). */
export const updatesPort = 8081;

/**
 * Where an app finds its updates: a static folder on the centre's server, one per app,
 * holding what electron-builder writes (`latest.yml`, `latest-linux.yml`, the installers).
 * Default `http://<server host>:8081/<app>/`; `updateUrl` in the shell's configuration
 * replaces the base.
 */
export const updateFeedUrl = (serverUrl: string, app: ShellApp, updateUrl?: string): string => {
  if (updateUrl)
    return new URL(`${app}/`, updateUrl.endsWith('/') ? updateUrl : `${updateUrl}/`).toString();
  const base = new URL(serverUrl);
  base.port = String(updatesPort);
  base.pathname = `/${app}/`;
  return base.toString();
};

/** Between checks for an update. Default 4 hours. */
export const updateCheckIntervalMs = 4 * 60 * 60_000;

/** Hour of the day in the centre's time zone. */
export const localHour = (now: Date, timeZone: string): number =>
  Number(
    new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', hourCycle: 'h23' }).format(now),
  );

/**
 * A downloaded update is installed (the app restarts) only outside opening hours, by
 * default 01:00 to 05:00 in the centre's time zone, so no citizen sees the kiosk vanish.
 */
export const isQuietHour = (
  now: Date,
  timeZone = 'Asia/Ho_Chi_Minh',
  fromHour = 1,
  toHour = 5,
): boolean => {
  const hour = localHour(now, timeZone);
  return hour >= fromHour && hour < toHour;
};

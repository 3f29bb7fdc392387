import { app, BrowserWindow, session } from 'electron';
import { isAllowedNavigation, rendererUrl, shellOptionsFrom, type ShellApp } from './shell-options';

/**
 * Starts an app's Electron shell: one window on the queue server's build of the app.
 * Kept thin on purpose; every decision lives in plain, unit-tested modules.
 */
export const startShell = (appName: ShellApp): void => {
  const options = shellOptionsFrom(appName, process.argv, process.env);
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  if (appName === 'display')
    app.commandLine.appendSwitch('autoplay-policy', 'no-user-gesture-required');

  app.whenReady().then(
    () => {
      session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) =>
        callback(false),
      );
      const window = new BrowserWindow({
        fullscreen: options.kioskMode,
        kiosk: options.kioskMode,
        autoHideMenuBar: true,
        webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false },
      });
      window.webContents.on('will-navigate', (event, target) => {
        if (!isAllowedNavigation(target, options.serverUrl)) event.preventDefault();
      });
      window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
      window.webContents.on('render-process-gone', () => window.reload());
      void window.loadURL(rendererUrl(options));
    },
    (error: unknown) => {
      process.stderr.write(`Electron failed to start: ${String(error)}\n`);
      app.exit(1);
    },
  );
};

import { hostname } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow } from 'electron';
import { createLogger } from '@openops/protocol/logger';
import type { Presentation } from '../renderer/local-bridge';
import { isAdminShortcut, isBlockedInKiosk } from './admin-gesture';
import { applySecurity } from './electron-security';
import { registerIpc } from './electron-ipc';
import { startAutoUpdate } from './electron-updates';
import { createRestartPolicy, isCleanExit } from './restart-policy';
import { probeServer, watchServer } from './server-watch';
import { createShellController, type WindowPort } from './shell-controller';
import { shellConfigFileName } from './shell-config';
import { startShellHardware } from './shell-hardware';
import { shellOverridesFrom, type ShellApp } from './shell-options';
import type { UrlPolicy } from './url-policy';
import { commandLineSwitches, windowOptions } from './window-options';

const log = createLogger('shell-main');

/** Files the bundle step writes beside the main script. */
const preloadPath = path.join(__dirname, 'preload.cjs');
const localPagePath = path.join(__dirname, 'local-page.html');
const localPageUrl = pathToFileURL(localPagePath).href;

const sanitise = (text: string): string => text.replace(/[^A-Za-z0-9._-]/g, '-').slice(0, 40);

/**
 * Starts an app's Electron shell. Thin on purpose: it only connects Electron's events to
 * the controller and the policies, which are plain modules with unit tests.
 */
export const startShell = (appName: ShellApp): void => {
  const overrides = shellOverridesFrom(process.argv, process.env);
  if (overrides.userData) app.setPath('userData', overrides.userData);
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  for (const [name, value] of commandLineSwitches(appName)) {
    app.commandLine.appendSwitch(name, value);
  }
  const now = (): Date => new Date();
  process.on('uncaughtException', (error) => {
    log.error('main process failed, relaunching', { error: error.message, stack: error.stack });
    app.relaunch();
    app.exit(1);
  });

  app.whenReady().then(
    () => {
      let window: BrowserWindow | null = null;
      let lastPresentation: Presentation | null = null;
      let kiosk = false;

      const port: WindowPort = {
        showLocal: (presentation) => {
          lastPresentation = presentation;
          if (!window) return;
          if (window.webContents.getURL() === localPageUrl) {
            window.webContents.send('local:view-changed', presentation);
          } else {
            void window.loadFile(localPagePath);
          }
        },
        showApp: (url) => void window?.loadURL(url),
        setKiosk: (on) => {
          kiosk = on;
          window?.setKiosk(on);
          window?.setFullScreen(on);
          window?.setClosable(!on);
        },
      };

      const controller = createShellController({
        app: appName,
        configFile: path.join(app.getPath('userData'), shellConfigFileName),
        overrides,
        defaultDeviceId: `${appName}-${sanitise(hostname())}`,
        defaultDeviceName: `${appName} ${hostname()}`,
        fetch: (url, init) => fetch(url, init),
        now,
        window: port,
        startHardware: (config) => startShellHardware(appName, config, controller.serverUrl()),
      });
      const policy = (): UrlPolicy => ({
        serverOrigin: controller.serverUrl(),
        localPages: [localPageUrl],
      });
      applySecurity(policy, () => controller.config()?.token ?? null);
      registerIpc(controller, policy);

      window = new BrowserWindow(windowOptions(appName, preloadPath, false));
      const contents = window.webContents;
      window.once('ready-to-show', () => window?.show());
      window.on('close', (event) => {
        if (kiosk) event.preventDefault();
      });
      contents.on('did-finish-load', () => {
        if (contents.getURL() === localPageUrl && lastPresentation) {
          contents.send('local:view-changed', lastPresentation);
        }
      });
      contents.on('did-fail-load', (_event, code, description, url, isMainFrame) => {
        // -3 is an aborted load, which a newer navigation causes; not a failure.
        if (isMainFrame && code !== -3) {
          log.warn('page failed to load', { url, code, description });
          controller.appLoadFailed(`${description} (${code})`);
        }
      });
      contents.on('before-input-event', (event, input) => {
        if (isAdminShortcut(input)) {
          event.preventDefault();
          controller.adminShortcut();
        } else if (kiosk && isBlockedInKiosk(input)) {
          event.preventDefault();
        }
      });

      const restart = createRestartPolicy({ now });
      contents.on('render-process-gone', (_event, details) => {
        if (isCleanExit(details.reason)) return;
        const decision = restart.onCrash();
        log.error('renderer gone, reloading', { reason: details.reason, ...decision });
        setTimeout(() => contents.reload(), decision.delayMs);
      });
      let hangTimer: NodeJS.Timeout | null = null;
      window.on('unresponsive', () => {
        log.warn('renderer unresponsive', { graceMs: restart.hangGraceMs });
        hangTimer ??= setTimeout(() => {
          hangTimer = null;
          // Killing the renderer sends it through render-process-gone, which reloads it.
          contents.forcefullyCrashRenderer();
        }, restart.hangGraceMs);
      });
      window.on('responsive', () => {
        if (hangTimer) clearTimeout(hangTimer);
        hangTimer = null;
      });

      app.on('second-instance', () => {
        if (window?.isMinimized()) window.restore();
        window?.focus();
      });

      watchServer({
        probe: () => probeServer(fetch, controller.serverUrl()),
        onTransition: (transition) => {
          log.info('server transition', { transition });
          controller.serverTransition(transition);
        },
      });
      void controller.start().then(() => {
        const config = controller.config();
        if (app.isPackaged && config?.token && config.autoUpdate) {
          startAutoUpdate(appName, controller.serverUrl(), config.updateUrl, now);
        }
      });
      app.on('before-quit', () => void controller.stop());
    },
    (error: unknown) => {
      log.error('Electron failed to start', { error: String(error) });
      app.exit(1);
    },
  );
};

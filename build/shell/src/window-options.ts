import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import type { ShellApp } from './shell-options';

/**
 * The security checklist every window gets: the page runs sandboxed in its own JavaScript
 * world with no Node, no webviews, no mixed content; only the preload's bridge reaches the
 * main process. The display may play the call chime without a click.
 */
export const hardenedWebPreferences = (app: ShellApp, preload: string): WebPreferences => ({
  preload,
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
  spellcheck: false,
  devTools: false,
  autoplayPolicy:
    app === 'display' ? 'no-user-gesture-required' : 'document-user-activation-required',
});

/** The one window of an app: full screen and chromeless in kiosk mode. */
export const windowOptions = (
  app: ShellApp,
  preload: string,
  kioskMode: boolean,
): BrowserWindowConstructorOptions => ({
  width: 1280,
  height: 800,
  show: false,
  backgroundColor: '#ffffff',
  autoHideMenuBar: true,
  fullscreen: kioskMode,
  kiosk: kioskMode,
  closable: !kioskMode,
  minimizable: !kioskMode,
  webPreferences: hardenedWebPreferences(app, preload),
});

/**
 * Switches Chromium needs before the app is ready. Every app runs in Vietnamese whatever the
 * machine's language (date pickers read dd/mm/yyyy, numbers 1.234); the display plays sound
 * unprompted.
 */
export const commandLineSwitches = (app: ShellApp): Array<[string, string?]> => [
  ['lang', 'vi'],
  ...(app === 'display'
    ? [['autoplay-policy', 'no-user-gesture-required'] as [string, string]]
    : []),
];

import { contextBridge, ipcRenderer } from 'electron';
import type { Reply, ShellBridge, ShellDevice, ShellIpcChannel } from '@openops/protocol';
import { isAdminCorner } from './admin-corner';
import type { LocalBridge, Presentation } from './local-bridge';

/**
 * The one preload of the shell's window. It runs in an isolated world and exposes a tiny
 * bridge: on the shell's own page (a file:// URL) the local-page functions, on an app page
 * from the queue server only `openopsShell.device()`. The main process checks the sender
 * of every message anyway, so a page cannot reach the other's channels.
 */
const channel = <C extends ShellIpcChannel>(name: C): C => name;

if (window.location.protocol === 'file:') {
  const local: LocalBridge = {
    presentation: async () => (await ipcRenderer.invoke(channel('local:view'))) as Presentation,
    onPresentation: (listener) => {
      ipcRenderer.on('local:view-changed', (_event, presentation: Presentation) =>
        listener(presentation),
      );
    },
    submit: async (name, values) =>
      (await ipcRenderer.invoke(channel(name), values)) as Reply<null>,
    action: async (name) => (await ipcRenderer.invoke(channel(name))) as Reply<null>,
  };
  contextBridge.exposeInMainWorld('openopsLocal', local);
} else {
  const shell: ShellBridge = {
    device: async () => (await ipcRenderer.invoke(channel('shell:device'))) as ShellDevice,
  };
  contextBridge.exposeInMainWorld('openopsShell', shell);
  // Taps are watched here, not in the app, so the exit gesture works whatever the app shows.
  // Capture phase, so the app cannot swallow them.
  window.addEventListener(
    'pointerdown',
    (event) => {
      if (isAdminCorner(event.clientX, event.clientY)) ipcRenderer.send(channel('shell:admin-tap'));
    },
    { capture: true, passive: true },
  );
}

import { ipcMain, type IpcMainEvent, type IpcMainInvokeEvent } from 'electron';
import { fail, type ShellIpcChannel } from '@openops/protocol';
import { createLogger } from '@openops/protocol/logger';
import { checkIpc, type IpcSender } from './ipc-guard';
import type { ShellController } from './shell-controller';
import type { UrlPolicy } from './url-policy';

const log = createLogger('shell-ipc');

const senderOf = (event: IpcMainEvent | IpcMainInvokeEvent): IpcSender | null => {
  const frame = event.senderFrame;
  return frame ? { url: frame.url, isMainFrame: frame.parent === null } : null;
};

/** Wires every IPC channel to the controller, each message checked by `checkIpc` first. */
export const registerIpc = (controller: ShellController, policy: () => UrlPolicy): void => {
  const handle = <C extends ShellIpcChannel>(
    channel: C,
    run: (value: Extract<ReturnType<typeof checkIpc<C>>, { ok: true }>['value']) => unknown,
  ): void => {
    ipcMain.handle(channel, (event, payload: unknown) => {
      const checked = checkIpc(channel, senderOf(event), payload, policy());
      if (!checked.ok) {
        log.warn('IPC refused', { channel, code: checked.error.code, url: event.senderFrame?.url });
        return checked;
      }
      return run(checked.value);
    });
  };

  handle(
    'shell:device',
    () => controller.device() ?? fail('not-found', 'Chưa ghép nối (not paired)'),
  );
  handle('local:view', () => controller.presentation());
  handle('setup:submit', (form) => controller.submitSetup(form));
  handle('setup:retry', () => controller.retryPairing());
  handle('admin:pin', (entry) => controller.submitPin(entry.pin));
  handle('admin:cancel', () => controller.cancelAdmin());

  ipcMain.on('shell:admin-tap', (event, payload: unknown) => {
    const checked = checkIpc('shell:admin-tap', senderOf(event), payload, policy());
    if (checked.ok) controller.adminTap();
    else log.warn('IPC refused', { channel: 'shell:admin-tap', code: checked.error.code });
  });
};

import {
  fail,
  failFromZod,
  shellIpcSchemas,
  type Fail,
  type ShellIpcChannel,
} from '@openops/protocol';
import { isLocalPage, isServerUrl, type UrlPolicy } from './url-policy';
import type { z } from 'zod';

/** Which kind of page may use each channel: app pages from the server, or the shell's own. */
export const channelSenders: Record<ShellIpcChannel, 'app' | 'local'> = {
  'shell:device': 'app',
  'shell:admin-tap': 'app',
  'local:view': 'local',
  'setup:submit': 'local',
  'setup:retry': 'local',
  'admin:pin': 'local',
  'admin:cancel': 'local',
};

/** The parts of Electron's sender frame the check needs. */
export type IpcSender = { url: string; isMainFrame: boolean };

export type IpcCheck<C extends ShellIpcChannel> =
  { ok: true; value: z.output<(typeof shellIpcSchemas)[C]> } | Fail;

/**
 * Validates one IPC message: the sender must be the top frame of a page allowed on that
 * channel (an iframe or a page that navigated away is refused), and the payload must
 * match the channel's schema.
 */
export const checkIpc = <C extends ShellIpcChannel>(
  channel: C,
  sender: IpcSender | null,
  payload: unknown,
  policy: UrlPolicy,
): IpcCheck<C> => {
  if (!sender || !sender.isMainFrame) {
    return fail('forbidden', `IPC "${channel}" chỉ nhận từ khung chính (main frame only)`);
  }
  const allowed =
    channelSenders[channel] === 'app'
      ? isServerUrl(sender.url, policy.serverOrigin)
      : isLocalPage(sender.url, policy.localPages);
  if (!allowed) {
    return fail('forbidden', `IPC "${channel}" bị từ chối từ trang này (refused from this page)`);
  }
  const parsed = shellIpcSchemas[channel].safeParse(payload);
  if (!parsed.success) return failFromZod(parsed.error);
  // TypeScript cannot follow the generic index through safeParse; the schema is the channel's.
  return { ok: true, value: parsed.data } as IpcCheck<C>;
};

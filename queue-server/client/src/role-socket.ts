import { io, type Socket } from 'socket.io-client';
import {
  namespaces,
  type CounterClientEvents,
  type CounterServerEvents,
  type DisplayClientEvents,
  type DisplayServerEvents,
  type KioskClientEvents,
  type KioskServerEvents,
} from '@openops/protocol';

type RoleEvents = {
  kiosk: { server: KioskServerEvents; client: KioskClientEvents };
  counter: { server: CounterServerEvents; client: CounterClientEvents };
  display: { server: DisplayServerEvents; client: DisplayClientEvents };
};
export type AppRole = keyof RoleEvents;

export type RoleSocket<R extends AppRole> = Socket<
  RoleEvents[R]['server'],
  RoleEvents[R]['client']
>;

/**
 * Opens the role's namespace on the queue server. socket.io retries for ever with
 * backoff, so a screen left alone reconnects when the server comes back.
 */
export const connectRole = <R extends AppRole>(
  role: R,
  serverUrl: string,
  deviceId: string,
  /** An officer session or paired-device token; none on an open demo server. */
  token?: string,
): RoleSocket<R> =>
  io(`${serverUrl}${namespaces[role]}`, {
    auth: token ? { deviceId, token } : { deviceId },
    transports: ['websocket'],
    reconnectionDelayMax: 5000,
  });

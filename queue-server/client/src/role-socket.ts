import { io, type Socket } from 'socket.io-client';
import { sendClockSamples } from './clock-samples';
import {
  namespaces,
  type Handshake,
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

/** Listeners for some of the events the server sends a role, each typed by the protocol. */
export type RoleListeners<R extends AppRole> = Partial<RoleEvents[R]['server']>;

type UntypedEmitter = {
  on: (event: string, listener: (...args: never[]) => void) => unknown;
  off: (event: string, listener: (...args: never[]) => void) => unknown;
};

/**
 * Adds every listener and returns what removes exactly those, so an effect subscribes and
 * cleans up from one list.
 */
export const listenTo = <R extends AppRole>(
  socket: RoleSocket<R>,
  listeners: RoleListeners<R>,
): (() => void) => {
  const entries = Object.entries(listeners) as Array<[string, (...args: never[]) => void]>;
  // The map's keys and values were checked against the role's event map by the signature.
  const emitter = socket as unknown as UntypedEmitter;
  entries.forEach(([event, listener]) => emitter.on(event, listener));
  return () => entries.forEach(([event, listener]) => emitter.off(event, listener));
};

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
  /** A counter's rating screen names its counter (`Handshake.ratingCounterId`); default none. */
  ratingCounterId?: string,
): RoleSocket<R> => {
  const auth: Handshake = {
    deviceId,
    ...(token ? { token } : {}),
    ...(ratingCounterId ? { ratingCounterId } : {}),
  };
  const socket: RoleSocket<R> = io(`${serverUrl}${namespaces[role]}`, {
    // A function, so each reconnection sends the clock of that moment (see `Handshake.clock`).
    auth: (send) => send({ ...auth, clock: performance.now() }),
    transports: ['websocket'],
    reconnectionDelayMax: 5000,
  });
  // The roles whose actions are refused when they arrive late (`lateActionLimitMs`).
  if (role === 'kiosk' || role === 'counter') {
    sendClockSamples(socket as unknown as RoleSocket<'kiosk'>);
  }
  return socket;
};

import { io, type Socket } from 'socket.io-client';

export type RecordingSocket = {
  socket: Socket;
  /** Payloads of an event received so far. */
  events: (event: string) => unknown[];
  /** Resolves with the first payload of `event` (already received or to come) that matches. */
  waitFor: <T>(
    event: string,
    predicate?: (payload: T) => boolean,
    timeoutMs?: number,
  ) => Promise<T>;
  close: () => void;
};

/** Connects to a role namespace as an app device (a kiosk or counter) and records what it is sent. */
export const connectAsDevice = async (
  serverUrl: string,
  namespace: '/kiosk' | '/counter',
  deviceId: string,
): Promise<RecordingSocket> => {
  const socket = io(`${serverUrl}${namespace}`, { auth: { deviceId }, transports: ['websocket'] });
  const received = new Map<string, unknown[]>();
  const waiters = new Set<() => void>();
  socket.onAny((event: string, payload: unknown) => {
    received.set(event, [...(received.get(event) ?? []), payload]);
    waiters.forEach((check) => check());
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  return {
    socket,
    events: (event) => received.get(event) ?? [],
    waitFor: <T>(
      event: string,
      predicate: (payload: T) => boolean = () => true,
      timeoutMs = 10_000,
    ) =>
      new Promise<T>((resolve, reject) => {
        const check = (): void => {
          const match = (received.get(event) ?? []).find((payload) => predicate(payload as T));
          if (match === undefined) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(match as T);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no matching ${event} within ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.add(check);
        check();
      }),
    close: () => {
      socket.close();
    },
  };
};

import { io, type Socket } from 'socket.io-client';

/** What a refused handshake carries: the server's coded reason. */
export type HandshakeRefusal = { code: string; message: string };

type Namespace = '/kiosk' | '/counter' | '/display' | '/agent';

/**
 * Connects to a namespace of the real server over WebSocket, resolving once connected, or
 * rejecting with the server's coded refusal. `listenFirst` runs before the handshake, so
 * listeners it adds cannot miss what the server sends on connection.
 */
export const connectAs = (
  serverUrl: string,
  namespace: Namespace,
  auth: { deviceId: string; token?: string; clock?: number },
  listenFirst?: (socket: Socket) => void,
): Promise<Socket> =>
  new Promise((resolve, reject) => {
    const socket = io(`${serverUrl}${namespace}`, {
      auth,
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
    });
    listenFirst?.(socket);
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error: Error & { data?: HandshakeRefusal }) => {
      socket.close();
      reject(Object.assign(new Error(error.message), { data: error.data }));
    });
  });

/** The coded refusal of a handshake that should fail. */
export const refusalOf = async (connecting: Promise<Socket>): Promise<HandshakeRefusal> => {
  try {
    const socket = await connecting;
    socket.close();
    return { code: 'connected', message: 'the handshake was accepted' };
  } catch (error) {
    return (error as { data?: HandshakeRefusal }).data ?? { code: 'none', message: String(error) };
  }
};

type Envelope = { ok: boolean; data?: unknown; error?: { code: string; message: string } };

/** Emits an event with an acknowledgement, failing after 10 s. */
export const ask = async <T = unknown>(
  socket: Socket,
  event: string,
  body: unknown,
): Promise<Envelope & { data?: T }> =>
  (await socket.timeout(10_000).emitWithAck(event, body)) as Envelope & { data?: T };

/** Resolves with the next event of that name whose payload passes the check. */
export const nextEvent = <T>(
  socket: Socket,
  event: string,
  check: (payload: T) => boolean = () => true,
  timeoutMs = 10_000,
): Promise<T> =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off(event, listener);
      reject(new Error(`no ${event} within ${timeoutMs} ms`));
    }, timeoutMs);
    const listener = (payload: T): void => {
      if (!check(payload)) return;
      clearTimeout(timer);
      socket.off(event, listener);
      resolve(payload);
    };
    socket.on(event, listener);
  });

/**
 * Connects and waits for an event the server sends on connection (a view, the recent calls),
 * listening from before the handshake so the event cannot slip past.
 */
export const connectAndReceive = async <T>(
  serverUrl: string,
  namespace: Namespace,
  auth: { deviceId: string; token?: string; clock?: number },
  event: string,
  check: (payload: T) => boolean = () => true,
): Promise<{ socket: Socket; payload: T }> => {
  const received: Array<Promise<T>> = [];
  const socket = await connectAs(serverUrl, namespace, auth, (created) => {
    received.push(nextEvent<T>(created, event, check));
  });
  const [payload] = await Promise.all(received);
  if (payload === undefined) throw new Error(`no ${event} listener was attached`);
  return { socket, payload };
};

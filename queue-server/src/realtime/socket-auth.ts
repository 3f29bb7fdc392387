import type { Namespace, Server, Socket } from 'socket.io';
import { handshakeSchema } from '@openops/protocol';

/** Reads the device id from the handshake, refusing connections that do not name one. */
const requireDevice = (socket: Socket, next: (error?: Error) => void): void => {
  const parsed = handshakeSchema.safeParse(socket.handshake.auth);
  if (!parsed.success) {
    next(new Error('bad-request: handshake needs auth.deviceId'));
    return;
  }
  socket.data.deviceId = parsed.data.deviceId;
  next();
};

export const deviceIdOf = (socket: Socket): string => String(socket.data.deviceId);

// socket.io's own constraint on event maps.
type EventsMap = { [event: string]: (...args: never[]) => void };

/**
 * Opens a role's namespace with its handshake check. socket.io types a server with one event
 * map for all namespaces; each role has its own, declared in the protocol module, so the
 * namespace is narrowed to it here, once.
 */
export const roleNamespace = <C extends EventsMap, S extends EventsMap>(
  io: Server,
  name: string,
): Namespace<C, S> => {
  const namespace = io.of(name);
  namespace.use(requireDevice);
  return namespace as unknown as Namespace<C, S>;
};

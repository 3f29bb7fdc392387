import type { Socket } from 'socket.io';

/**
 * How far the client's clock is behind the server's, from the clock its handshake named
 * (`Handshake.clock`): the server's monotonic time at the handshake minus the client's. The
 * handshake's own trip makes it a few milliseconds large, so an action's lateness reads that
 * much small. Null for a client that sends no clock.
 */
export const clockOffsetAt = (clientClock: number | undefined, serverNow: number): number | null =>
  clientClock === undefined ? null : serverNow - clientClock;

/**
 * How long after it was sent an action reached the server, in ms: its `sentAt` on the client's
 * clock brought onto the server's. Null when the client times neither its connection nor the
 * action (older clients, REST).
 */
export const latenessOf = (
  offset: number | null,
  sentAt: number | undefined,
  serverNow: number,
): number | null =>
  offset === null || sentAt === undefined ? null : serverNow - (sentAt + offset);

/** The offset `clockOffsetAt` gave at the socket's handshake. */
export const clockOffsetOf = (socket: Socket): number | null => {
  const value: unknown = socket.data.clockOffset;
  return typeof value === 'number' ? value : null;
};

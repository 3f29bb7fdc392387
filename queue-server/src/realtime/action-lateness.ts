import { clockSampleSchema, fail } from '@openops/protocol';
import type { Socket } from 'socket.io';

/** Samples older than this stop counting once a newer one exists: clocks drift apart slowly. */
export const offsetWindowMs = 30 * 60_000;

/**
 * Only messages this quick (against the current estimate) are taken as samples: on a centre's
 * LAN a trip takes milliseconds, and two clocks drift apart far less than this in a window.
 */
export const quickTripMs = 1_000;

/**
 * What the server knows of one client's monotonic clock (`Handshake.clock`, each action's
 * `sentAt`). Every message that carries the client's clock is a sample of the offset between
 * the two clocks plus that message's trip; the smallest recent sample is the one whose trip was
 * shortest, so it is the best estimate. A slow handshake is therefore corrected by the next
 * action that travels fast, and a drift between the clocks by the window.
 */
export type ClientClock = {
  /**
   * How long after it was sent a message received now took to arrive, in ms, against the
   * samples before it; null when its `sentAt` is unknown.
   */
  latenessOf: (sentAt: number | undefined, serverNow: number) => number | null;
  /** Counts a message that arrived in time as one more sample. */
  observe: (clientClock: number, serverNow: number) => void;
};

export const createClientClock = (
  handshakeClock: number,
  serverNow: number,
  windowMs = offsetWindowMs,
): ClientClock => {
  // A sliding-window minimum: offsets rise from front to back; the front is the estimate.
  const samples: Array<{ at: number; offset: number }> = [];
  const observe = (clientClock: number, now: number): void => {
    const offset = now - clientClock;
    while ((samples.at(-1)?.offset ?? Number.NEGATIVE_INFINITY) >= offset) samples.pop();
    samples.push({ at: now, offset });
    // The newest sample always stays, however old: an idle counter keeps its estimate.
    while (samples.length > 1 && (samples[0]?.at ?? now) < now - windowMs) samples.shift();
  };
  observe(handshakeClock, serverNow);
  return {
    latenessOf: (sentAt, now) => {
      const offset = samples[0]?.offset;
      return sentAt === undefined || offset === undefined ? null : now - (sentAt + offset);
    },
    observe,
  };
};

const clocks = new WeakMap<Socket, ClientClock>();

/** Keeps the clock a socket's handshake named, for its actions to be timed against. */
export const rememberClientClock = (socket: Socket, clock: ClientClock): void => {
  clocks.set(socket, clock);
};

/** The clock a socket's handshake named; null for a client that sends none (older apps). */
export const clientClockOf = (socket: Socket): ClientClock | null => clocks.get(socket) ?? null;

/**
 * How late an action sent at `sentAt` (the client's clock) reached the server, in ms; null when
 * it cannot be told (no clock at the handshake, or no `sentAt`). An action that arrived quickly
 * also sharpens the estimate of the client's clock: a slow one, taken once older samples age
 * out, would make the next held action look on time.
 */
export const latenessOf = (
  socket: Socket,
  sentAt: number | undefined,
  now = performance.now(),
): number | null => {
  const clientClock = clientClockOf(socket);
  if (!clientClock || sentAt === undefined) return null;
  const late = clientClock.latenessOf(sentAt, now);
  if (late !== null && late <= quickTripMs) clientClock.observe(sentAt, now);
  return late;
};

/**
 * Takes a page's `clock:sample` messages (`clockSampleIntervalMs`) as samples of its clock when
 * they travel fast, so the estimate follows the drift between the two clocks however long the
 * page stays connected. Anything else sent under that name is ignored.
 */
export const followClientClock = (socket: Socket): void => {
  socket.on('clock:sample', (body: unknown) => {
    const sample = clockSampleSchema.safeParse(body);
    if (sample.success) latenessOf(socket, sample.data.sentAt);
  });
};

/** The refusal of an action that arrived `lateMs` late, with what to do next (Vietnamese). */
export const lateRefusal = (lateMs: number, nextStep: string) => {
  const seconds = Math.round(lateMs / 1000);
  return fail(
    'request-expired',
    `Thao tác đến máy chủ chậm ${seconds} giây nên không được thực hiện; ${nextStep} (arrived ${seconds} s late, not carried out)`,
  );
};

import { fail, type Reply } from '@openops/protocol';
import { linkFailures } from './link-failure-text';

// Sent on a link that looked up: a cut that socket.io has not noticed yet holds it, and it may
// still reach the server when the link returns. "Try again" would then act twice (a second
// call-next ends the first citizen), so the officer is told to look. Worded in the officer's
// language where shown (`linkFailureText`).
const noAnswerYet: string = linkFailures.noAnswerYet.vi;

// A timed action cannot be carried out any more once the officer reads this (the server
// refuses it after `lateActionLimitMs`), but it may have been, its answer lost on the way back.
const noAnswerToAction: string = linkFailures.noAnswerToAction.vi;

/** How long the counter waits for the server's answer before telling the officer. Default 10 s. */
export const replyTimeoutMs = 10_000;

/** The answer type an event's acknowledgement carries, from a client event map. */
export type AckData<M, E extends keyof M> = M[E] extends (
  body: unknown,
  ack: (reply: Reply<infer T>) => void,
) => void
  ? T
  : never;

/** The part of a socket.io client socket a request needs. */
type TimedEmitter = {
  connected?: boolean;
  timeout: (ms: number) => {
    emit: (
      event: string,
      body: unknown,
      ack: (error: Error | null, reply: unknown) => void,
    ) => void;
  };
};

/**
 * Sends one acknowledged event and resolves with its envelope; a server that does not answer in
 * time resolves with a coded failure rather than leaving the officer's click hanging.
 * socket.io's typed `emit` cannot be called with an event name that is itself generic, so the
 * socket is viewed through `TimedEmitter` here, once; the event map `M` keeps callers typed.
 */
export const requestReply = <M, E extends keyof M & string>(
  socket: unknown,
  event: E,
  body: unknown,
  timeoutMs = replyTimeoutMs,
  noAnswer = noAnswerYet,
): Promise<Reply<AckData<M, E>>> =>
  new Promise((resolve) => {
    const emitter = socket as TimedEmitter;
    // socket.io keeps what is emitted while disconnected and sends it on reconnecting, long
    // after the officer was told it failed: a call-next pressed during an outage would call a
    // citizen minutes later. Nothing is sent while the link is down.
    if (emitter.connected === false) {
      resolve(fail('internal', linkFailures.notSent.vi));
      return;
    }
    emitter.timeout(timeoutMs).emit(event, body, (error, reply) => {
      if (error) {
        resolve(fail('internal', noAnswer));
        return;
      }
      resolve(reply as Reply<AckData<M, E>>);
    });
  });

/**
 * A counter action (call, recall, start, finish, transfer...) sent with the moment it left
 * (`sentAt`, on the clock the socket's handshake named). The server refuses it if it arrives
 * more than `lateActionLimitMs` later, below this wait for an answer: once the officer is told
 * there was no answer, a press held up by a network cut can no longer call or end a citizen.
 */
export const requestTimedAction = <M, E extends keyof M & string>(
  socket: unknown,
  event: E,
  body: object,
  now: () => number = () => performance.now(),
): Promise<Reply<AckData<M, E>>> =>
  requestReply<M, E>(socket, event, { ...body, sentAt: now() }, replyTimeoutMs, noAnswerToAction);

/** Field path → message, from a failed envelope's validation issues, for errors beside fields. */
export const fieldErrors = (reply: Reply<unknown>): Record<string, string> =>
  reply.ok
    ? {}
    : Object.fromEntries((reply.error.issues ?? []).map((issue) => [issue.path, issue.message]));

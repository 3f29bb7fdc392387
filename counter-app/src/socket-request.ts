import { fail, type Reply } from '@openops/protocol';

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
): Promise<Reply<AckData<M, E>>> =>
  new Promise((resolve) => {
    const emitter = socket as TimedEmitter;
    // socket.io keeps what is emitted while disconnected and sends it on reconnecting, long
    // after the officer was told it failed: a call-next pressed during an outage would call a
    // citizen minutes later. Nothing is sent while the link is down.
    if (emitter.connected === false) {
      resolve(fail('internal', 'Mất kết nối máy chủ, thao tác chưa được gửi; vui lòng thử lại'));
      return;
    }
    emitter.timeout(timeoutMs).emit(event, body, (error, reply) => {
      if (error) {
        // Sent on a link that looked up: a cut that socket.io has not noticed yet holds it,
        // and it may still reach the server when the link returns. "Try again" would then act
        // twice (a second call-next ends the first citizen), so the officer is told to look.
        resolve(
          fail(
            'internal',
            'Máy chủ chưa trả lời. Thao tác có thể vẫn được thực hiện khi mạng trở lại: xem lại số đang phục vụ trước khi bấm lại (no answer yet)',
          ),
        );
        return;
      }
      resolve(reply as Reply<AckData<M, E>>);
    });
  });

/** Field path → message, from a failed envelope's validation issues, for errors beside fields. */
export const fieldErrors = (reply: Reply<unknown>): Record<string, string> =>
  reply.ok
    ? {}
    : Object.fromEntries((reply.error.issues ?? []).map((issue) => [issue.path, issue.message]));

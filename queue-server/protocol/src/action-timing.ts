import { z } from 'zod';

/**
 * When a counter sent an action, on the monotonic clock its handshake named (`Handshake.clock`,
 * in ms). Absent from clients before it was added, and from REST calls: those are not timed.
 */
export const sentAtSchema = z.number().nonnegative().finite().optional();

/**
 * A counter action that reaches the server later than this after it was sent is refused
 * (`request-expired`). Below the counter's 10 s wait for an answer, with room for the answer's
 * way back: a press held up by a network cut that socket.io has not noticed cannot call or end
 * a citizen after the officer was told it got no answer.
 */
export const lateActionLimitMs = 8_000;

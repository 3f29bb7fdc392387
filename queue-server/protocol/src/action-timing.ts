import { z } from 'zod';

/**
 * When a counter or kiosk sent an action, on the monotonic clock its handshake named
 * (`Handshake.clock`, in ms). Absent from clients before it was added, and from REST calls:
 * those are not timed.
 */
export const sentAtSchema = z.number().nonnegative().finite().optional();

/**
 * A counter action, or a kiosk's ticket or check-in, that reaches the server later than this
 * after it was sent is refused (`request-expired`). Below the apps' 10 s wait for an answer,
 * with room for the answer's way back: a press held up by a network cut or a stalled server
 * cannot call or end a citizen after the officer was told it got no answer, nor print a ticket
 * for nobody after the kiosk told the citizen to try again.
 */
export const lateActionLimitMs = 8_000;

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

/**
 * How often a kiosk or counter page sends its clock (`clock:sample`), so the server's estimate
 * of it follows the slow drift between two PCs' clocks: between samples the clocks drift
 * apart by milliseconds, never the second after which a message no longer counts as a sample
 * (a page connected for days would otherwise end up refused as late). Default 1 min.
 */
export const clockSampleIntervalMs = 60_000;

/** `clock:sample`: the page's monotonic clock as it sent it (ms, `performance.now()`). */
export const clockSampleSchema = z.object({ sentAt: z.number().nonnegative().finite() });
export type ClockSample = z.infer<typeof clockSampleSchema>;

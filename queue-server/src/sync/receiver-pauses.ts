import { retryDelayMs } from './backoff';

/** Whether a round may send to a receiver: freely, not at all, or one record as a probe. */
export type ReceiverGate = 'open' | 'paused' | 'probe';

/** A round's attempts to one receiver, for `settle`. */
export type ReceiverRound = {
  attempts: number;
  /** Attempts that failed because of the receiver itself (unreachable, overloaded, key refused). */
  receiverFailures: number;
  /** The longest `Retry-After` it asked for, in ms; null when none. */
  retryAfterMs: number | null;
};

type Pause = { failedRounds: number; until: number };

/**
 * Back-off per receiver (each backend, and the SMS gateway). Without it, a backend that is down
 * or overloaded is hit by every pending record on its own retry timer (hundreds of requests a
 * minute after a day's backlog). After a round in which every attempt to a receiver failed
 * because of the receiver, nothing is sent to it until a delay has passed (exponential per
 * failed round, capped, with jitter, like a record's), then one record goes as a probe: an
 * answer reopens the receiver, another failure pauses it longer. A `Retry-After` from the
 * receiver pauses it at least that long, even in a round that also delivered.
 */
export const createReceiverPauses = (random: () => number) => {
  const pauses = new Map<string, Pause>();
  return {
    gate: (receiver: string, nowMs: number): ReceiverGate => {
      const pause = pauses.get(receiver);
      if (!pause) return 'open';
      return nowMs < pause.until ? 'paused' : 'probe';
    },
    /** Whether any receiver is paused or waits for its probe; false once all answered again. */
    any: (): boolean => pauses.size > 0,
    /** Epoch ms when a paused receiver is tried again; null when it is not paused. */
    resumesAt: (receiver: string): number | null => pauses.get(receiver)?.until ?? null,
    /** Updates a receiver after a round that attempted it. */
    settle: (
      receiver: string,
      round: ReceiverRound,
      nowMs: number,
      delays: { baseMs: number; maxMs: number },
    ): void => {
      if (round.attempts === 0) return;
      const down = round.receiverFailures === round.attempts;
      const failedRounds = down ? (pauses.get(receiver)?.failedRounds ?? 0) + 1 : 0;
      const backoff = down ? retryDelayMs(failedRounds, delays, random) : 0;
      const wait = Math.max(backoff, round.retryAfterMs ?? 0);
      if (!down && wait === 0) {
        pauses.delete(receiver);
        return;
      }
      pauses.set(receiver, { failedRounds, until: nowMs + wait });
    },
  };
};

export type ReceiverPauses = ReturnType<typeof createReceiverPauses>;

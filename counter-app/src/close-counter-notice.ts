import type { Ticket } from '@openops/protocol';

/** What closing the counter would leave behind, for the officer to confirm first. */
export type CloseCounterNotice = {
  /**
   * The number called to or served at the counter: the server refuses to close the counter
   * until it is finished, marked absent, transferred or returned to the queue.
   */
  currentNumber: string | null;
  /**
   * Citizens waiting for the counter's services: closing leaves them in the queue, in their
   * place, for the other counters serving those services.
   */
  waitingForServices: number;
  /**
   * Citizens transferred to this counter itself: no other counter may call them while it is
   * open, and closing it puts them back in their service's queue, in their place, for the other
   * counters serving it.
   */
  transferredHere: number;
  /** The numbers of those among the listed waiting tickets (the list holds a screenful). */
  transferredHereNumbers: string[];
};

type Input = {
  counterId: string;
  currentNumber: string | null;
  /** The listed waiting tickets: the first screenful. */
  waiting: readonly Ticket[];
  /** Every ticket this counter may call, transferred-in ones included. */
  waitingCount: number;
  /** The server's count of tickets transferred to this counter; undefined from older servers. */
  transferredHereCount: number | undefined;
};

/**
 * What the officer must know before the counter closes, or null when nobody waits for it and
 * nobody is at it: it then closes at once, as an empty counter always did.
 */
export const closeCounterNotice = ({
  counterId,
  currentNumber,
  waiting,
  waitingCount,
  transferredHereCount,
}: Input): CloseCounterNotice | null => {
  const listedHere = waiting.filter((ticket) => ticket.targetCounterId === counterId);
  // An older server sends no count: the listed ones are then the best known lower bound.
  const transferredHere = transferredHereCount ?? listedHere.length;
  if (currentNumber === null && waitingCount === 0 && transferredHere === 0) return null;
  return {
    currentNumber,
    waitingForServices: Math.max(0, waitingCount - transferredHere),
    transferredHere,
    transferredHereNumbers: listedHere.map((ticket) => ticket.number),
  };
};

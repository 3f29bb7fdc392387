import type { ServiceOnlyHere, Ticket } from '@openops/protocol';

/** A queue that would be left with nobody to call it: no other counter works its service. */
export type UncalledQueue = {
  serviceId: string;
  /** The citizens in it this counter may call now, those transferred here included. */
  waiting: number;
};

/** What closing the counter would leave behind, for the officer to confirm first. */
export type CloseCounterNotice = {
  /**
   * The number called to or served at the counter: the server refuses to close the counter
   * until it is finished, marked absent, transferred or returned to the queue.
   */
  currentNumber: string | null;
  /**
   * Citizens waiting for the counter's services that another open counter serves:
   * closing leaves them in the queue, in their place, for those counters. From a server that
   * does not say which services other counters serve, every citizen waiting for the services.
   */
  waitingForServices: number;
  /**
   * This counter's services another counter serves, when some of its services have none: the
   * reassurance above then names them. Empty when every service is served elsewhere.
   */
  coveredServiceIds: string[];
  /**
   * Queues with citizens in them that no other counter serves: after closing, those citizens
   * wait until a counter serving the service opens.
   */
  uncalled: UncalledQueue[];
  /**
   * Citizens transferred to this counter itself: no other counter may call them while it is
   * open, and closing it puts them back in their service's queue, in their place.
   */
  transferredHere: number;
  /** Of `transferredHere`, those whose service no other counter serves (counted in `uncalled`). */
  transferredHereUncalled: number;
  /**
   * The numbers of those among the listed waiting tickets. The list holds a screenful, so these
   * may be only some of `transferredHere`.
   */
  transferredHereNumbers: string[];
};

type Input = {
  counterId: string;
  /** The services the counter serves, in its configured order. */
  serviceIds: readonly string[];
  currentNumber: string | null;
  /** The listed waiting tickets: the first screenful. */
  waiting: readonly Ticket[];
  /** Every ticket this counter may call, transferred-in ones included. */
  waitingCount: number;
  /** The server's count of tickets transferred to this counter; undefined from older servers. */
  transferredHereCount: number | undefined;
  /**
   * The server's word on which services no other open counter serves; undefined from
   * older servers, which are then taken to have another counter for every service (what this
   * dialog said before the server told).
   */
  servicesOnlyHere: readonly ServiceOnlyHere[] | undefined;
};

/**
 * What the officer must know before the counter closes, or null when nobody waits for it and
 * nobody is at it: it then closes at once, as an empty counter always did.
 */
export const closeCounterNotice = ({
  counterId,
  serviceIds,
  currentNumber,
  waiting,
  waitingCount,
  transferredHereCount,
  servicesOnlyHere = [],
}: Input): CloseCounterNotice | null => {
  const listedHere = waiting.filter((ticket) => ticket.targetCounterId === counterId);
  // An older server sends no count: the listed ones are then the best known lower bound.
  const transferredHere = transferredHereCount ?? listedHere.length;
  if (currentNumber === null && waitingCount === 0 && transferredHere === 0) return null;
  const onlyHere = new Set(servicesOnlyHere.map((entry) => entry.serviceId));
  // Of the citizens not transferred here, those in queues nobody else will call.
  const ownUncalled = servicesOnlyHere.reduce(
    (sum, entry) => sum + Math.max(0, entry.waiting - entry.transferredHere),
    0,
  );
  const coveredServiceIds = serviceIds.filter((serviceId) => !onlyHere.has(serviceId));
  return {
    currentNumber,
    waitingForServices: Math.max(0, waitingCount - transferredHere - ownUncalled),
    coveredServiceIds: coveredServiceIds.length < serviceIds.length ? coveredServiceIds : [],
    uncalled: servicesOnlyHere
      .filter((entry) => entry.waiting > 0)
      .map(({ serviceId, waiting: count }) => ({ serviceId, waiting: count })),
    transferredHere,
    transferredHereUncalled: Math.min(
      transferredHere,
      servicesOnlyHere.reduce((sum, entry) => sum + entry.transferredHere, 0),
    ),
    transferredHereNumbers: listedHere.map((ticket) => ticket.number),
  };
};

/** What the dialog shows when the queue empties while it is open: nobody is left. */
export const nobodyLeft: CloseCounterNotice = {
  currentNumber: null,
  waitingForServices: 0,
  coveredServiceIds: [],
  uncalled: [],
  transferredHere: 0,
  transferredHereUncalled: 0,
  transferredHereNumbers: [],
};

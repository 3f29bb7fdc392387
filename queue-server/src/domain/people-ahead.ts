import { assertNever, type CallingPolicy } from '@openops/protocol';

/** A ticket's place in its queue: priority group, arrival (epoch ms) and issue sequence. */
export type QueuePlace = { priority: boolean; queuedAt: number; sequence: number };

/**
 * Waiting tickets of one group in the ticket's queue: those placed before `before`
 * (`queuedAt`, then `sequence`), or every one of them when `before` is null.
 */
export type CountWaiting = (
  priority: boolean,
  before: { queuedAt: number; sequence: number } | null,
) => number;

/**
 * How many of the tickets waiting now the calling policy lets go before this one: the figure
 * on the printed slip and behind the estimated wait. Where the answer depends on a counter's
 * recent calls (`alternate`), it is the most the policy allows, so the estimate errs long, as
 * a citizen would rather have it. Tickets issued later can still pass a normal ticket; nobody
 * can count those yet.
 * - `strict`: a priority ticket waits for the priority tickets before it; a normal ticket for
 *   every priority ticket and the normal tickets before it.
 * - `alternate` N : 1: a priority ticket waits for the priority tickets before it and up to N
 *   normal calls for each of those calls and its own; a normal ticket waits for the normal
 *   tickets before it and one priority call per N of those, plus one that may be due now.
 * - `weighted`: a priority ticket counts as placed the head start earlier; every ticket
 *   placed before goes first.
 */
export const peopleAhead = (
  policy: CallingPolicy,
  ticket: QueuePlace,
  count: CountWaiting,
): number => {
  const sameGroupBefore = count(ticket.priority, ticket);
  switch (policy.mode) {
    case 'strict':
      return ticket.priority ? sameGroupBefore : sameGroupBefore + count(true, null);
    case 'alternate': {
      const perPriority = policy.normalPerPriority;
      return ticket.priority
        ? sameGroupBefore + Math.min(count(false, null), perPriority * (sameGroupBefore + 1))
        : sameGroupBefore +
            Math.min(count(true, null), Math.floor(sameGroupBefore / perPriority) + 1);
    }
    case 'weighted': {
      const headStart = policy.priorityHeadStartMinutes * 60_000;
      const otherGroupBefore = {
        queuedAt: ticket.priority ? ticket.queuedAt - headStart : ticket.queuedAt + headStart,
        sequence: ticket.sequence,
      };
      return sameGroupBefore + count(!ticket.priority, otherGroupBefore);
    }
    default:
      return assertNever(policy);
  }
};

import type { CallingPolicy, Ticket } from '@openops/protocol';
import { peopleAhead, type CountWaiting } from '../domain/people-ahead';
import type { TicketRepository } from '../store/ticket-repository';

export type PeopleAheadCounter = {
  /** People ahead of a ticket about to join the end of its queue (counted before its insert). */
  ofNewTicket: (businessDay: string, queueServiceId: string, priority: boolean, at: Date) => number;
  /** People ahead of a waiting ticket. */
  of: (ticket: Ticket) => number;
};

/** How many tickets the centre's calling policy puts ahead of a ticket, counted in the store. */
export const createPeopleAheadCounter = (
  tickets: Pick<TicketRepository, 'countWaiting'>,
  policy: () => CallingPolicy,
): PeopleAheadCounter => {
  /**
   * Counts in one queue. A bound at or after `newestAt` takes in every waiting ticket, so a new
   * ticket's own group is the whole-group count the store keeps between issues.
   */
  const countingIn =
    (businessDay: string, queueServiceId: string, newestAt: number): CountWaiting =>
    (priority, before) =>
      tickets.countWaiting(
        businessDay,
        queueServiceId,
        priority,
        before === null || before.queuedAt >= newestAt
          ? null
          : { queuedAt: new Date(before.queuedAt).toISOString(), sequence: before.sequence },
      );

  return {
    ofNewTicket: (businessDay, queueServiceId, priority, at) =>
      peopleAhead(
        policy(),
        { priority, queuedAt: at.getTime(), sequence: Number.MAX_SAFE_INTEGER },
        countingIn(businessDay, queueServiceId, at.getTime()),
      ),
    of: (ticket) =>
      peopleAhead(
        policy(),
        {
          priority: (ticket.priorityCategoryId ?? null) !== null,
          queuedAt: Date.parse(ticket.queuedAt ?? ticket.issuedAt),
          sequence: ticket.sequence,
        },
        countingIn(ticket.businessDay, ticket.serviceId, Number.POSITIVE_INFINITY),
      ),
  };
};

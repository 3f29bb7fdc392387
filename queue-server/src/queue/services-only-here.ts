import type { Counter, CounterStateName, ServiceOnlyHere } from '@openops/protocol';
import { servicesNoOtherCounterServes } from '../domain/counter-coverage';
import type { TicketRepository } from '../store/ticket-repository';

type Inputs = {
  counter: Counter;
  /** Every configured counter. */
  counters: readonly Counter[];
  /** A counter's stored state; `closed` for one never opened. */
  stateOf: (counterId: string) => CounterStateName;
  tickets: Pick<TicketRepository, 'countWaitingAtCounterIn'>;
  businessDay: string;
  /** The tickets waiting that were transferred to `counter` itself, per queue service. */
  transferredHere: ReadonlyArray<{ serviceId: string; count: number }>;
};

/**
 * The counter's services, and the queues of the tickets transferred to it, that no other open or
 * paused counter serves, each with the citizens closing the counter would leave with nobody to
 * call them (see `ServiceOnlyHere`). A transferred ticket goes back to its own queue on close,
 * which may be a service this counter does not serve: that queue is checked too. Waiting counts
 * are read only for such services, which on a staffed floor are few or none.
 */
export const servicesOnlyHere = ({
  counter,
  counters,
  stateOf,
  tickets,
  businessDay,
  transferredHere,
}: Inputs): ServiceOnlyHere[] => {
  const candidates = [
    ...new Set([...counter.serviceIds, ...transferredHere.map((entry) => entry.serviceId)]),
  ];
  return servicesNoOtherCounterServes(counter.id, candidates, counters, stateOf).map(
    (serviceId) => {
      const transferred =
        transferredHere.find((entry) => entry.serviceId === serviceId)?.count ?? 0;
      return {
        serviceId,
        // Of a service it does not serve, the counter may call only the tickets sent to it.
        waiting: counter.serviceIds.includes(serviceId)
          ? tickets.countWaitingAtCounterIn(businessDay, serviceId, counter.id)
          : transferred,
        transferredHere: transferred,
      };
    },
  );
};

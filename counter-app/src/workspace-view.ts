import {
  servesService,
  type Counter,
  type CounterStateName,
  type Service,
  type Ticket,
  type TransferNote,
} from '@openops/protocol';
import type { CounterFeed } from './use-counter-feed';

/** What the working screen shows of one counter, read from the server's pushes. */
export type WorkspaceView = {
  services: Service[];
  /**
   * The services a ticket can be transferred to on its own (no counter named): those a counter
   * serves, this one included. A ticket sent to one no counter serves would never be called.
   */
  transferServices: Service[];
  /** Every counter but this one: where a ticket can be transferred. */
  otherCounters: Counter[];
  /** Of those, the ones closed now, to which the server refuses a transfer. */
  closedCounterIds: string[];
  current: Ticket | null;
  /** The number at the counter: from the call's reply until the counter's view catches up. */
  currentNumber: string | null;
  currentTicketId: string | null;
  /** When the serving timer starts: serving start when known, else the call. */
  since: string | null;
  /**
   * Where the ticket at the counter stands: called and not yet come, or being served; null
   * when no ticket is at the counter. Chooses the timer's wording.
   */
  phase: 'called' | 'serving' | null;
  /** The service of the ticket at the counter; null when none is. */
  currentServiceId: string | null;
  /**
   * Its priority group, when it has one. A call's reply does not say: until the counter's view
   * catches up it is read from the waiting list the ticket was called from.
   */
  currentPriorityCategoryId: string | null;
  waiting: Ticket[];
  waitingCount: number;
  /** How the ticket at the counter came here, when another counter transferred it. */
  currentTransfer: TransferNote | null;
  /** The latest transfer of each listed ticket that was transferred (the server's view). */
  transfers: TransferNote[];
  /** `open` until the server's view says otherwise. */
  state: CounterStateName;
  /** Why the counter is paused, in the officer's words. */
  reason: string | null;
};

const phaseOf = (ticket: Ticket | null): WorkspaceView['phase'] => {
  if (ticket?.state === 'serving') return 'serving';
  return ticket?.state === 'called' ? 'called' : null;
};

/**
 * The working screen's view of `counter` from its feed. Before the server sends the counter's
 * view, the waiting count is summed from the centre's queue summary over the counter's services.
 */
export const workspaceView = (feed: CounterFeed, counter: Counter): WorkspaceView => {
  const { view, lastCall, endedTicketId } = feed;
  // A call's reply comes before the counter's view that includes it: until a view read after
  // the call arrives, the call is the current ticket. A later view is the truth, so a ticket
  // finished, marked absent or transferred since is no longer shown. Likewise the reply of an
  // action that ended the ticket here comes before the view without it: from that reply on, the
  // ticket has left (a call right after it must not be asked about it).
  const newerCall = lastCall && (!view || lastCall.calledAt > view.at) ? lastCall : null;
  const call = newerCall && newerCall.ticketId !== endedTicketId ? newerCall : null;
  const viewed = newerCall ? null : (view?.current ?? null);
  const current = viewed && viewed.id !== endedTicketId ? viewed : null;
  const transfers = view?.transfers ?? [];
  const currentTicketId = call?.ticketId ?? current?.id ?? null;
  const listed = call ? view?.waiting.find((ticket) => ticket.id === call.ticketId) : undefined;
  return {
    services: feed.snapshot?.services ?? [],
    transferServices: (feed.snapshot?.services ?? []).filter((service) =>
      servesService(feed.snapshot?.counters ?? [], service.id),
    ),
    otherCounters: (feed.snapshot?.counters ?? []).filter(
      (candidate) => candidate.id !== counter.id,
    ),
    closedCounterIds: view?.closedCounterIds ?? [],
    current,
    currentNumber: call?.ticketNumber ?? current?.number ?? null,
    currentTicketId,
    since: call?.calledAt ?? current?.servingStartedAt ?? current?.calledAt ?? null,
    phase: call ? 'called' : phaseOf(current),
    currentServiceId: call?.serviceId ?? current?.serviceId ?? null,
    currentPriorityCategoryId:
      (call ? listed?.priorityCategoryId : current?.priorityCategoryId) ?? null,
    waiting: view?.waiting ?? [],
    // A call's reply names no transfer, but the view read before it listed the ticket waiting
    // with its transfer: the note is there from the moment the number is called.
    currentTransfer: transfers.find((transfer) => transfer.ticketId === currentTicketId) ?? null,
    transfers,
    waitingCount: view
      ? view.waitingCount
      : (feed.summary?.waiting ?? [])
          .filter((entry) => counter.serviceIds.includes(entry.serviceId))
          .reduce((sum, entry) => sum + entry.count, 0),
    state: view?.state ?? 'open',
    reason: view?.reason ?? null,
  };
};

import type { Counter, CounterStateName, Service, Ticket } from '@openops/protocol';
import type { CounterFeed } from './use-counter-feed';

/** What the working screen shows of one counter, read from the server's pushes. */
export type WorkspaceView = {
  services: Service[];
  /** Every counter but this one: where a ticket can be transferred. */
  otherCounters: Counter[];
  current: Ticket | null;
  /** The number called here, known from the call's reply before the counter's view arrives. */
  currentNumber: string | null;
  currentTicketId: string | null;
  /** When the serving timer starts: serving start when known, else the call. */
  since: string | null;
  waiting: Ticket[];
  waitingCount: number;
  /** `open` until the server's view says otherwise. */
  state: CounterStateName;
  /** Why the counter is paused, in the officer's words. */
  reason: string | null;
};

/**
 * The working screen's view of `counter` from its feed. Before the server sends the counter's
 * view, the waiting count is summed from the centre's queue summary over the counter's services.
 */
export const workspaceView = (feed: CounterFeed, counter: Counter): WorkspaceView => {
  const { view, lastCall } = feed;
  const current = view?.current ?? null;
  return {
    services: feed.snapshot?.services ?? [],
    otherCounters: (feed.snapshot?.counters ?? []).filter(
      (candidate) => candidate.id !== counter.id,
    ),
    current,
    currentNumber: current?.number ?? lastCall?.ticketNumber ?? null,
    currentTicketId: current?.id ?? lastCall?.ticketId ?? null,
    since: current?.servingStartedAt ?? current?.calledAt ?? lastCall?.calledAt ?? null,
    waiting: view?.waiting ?? [],
    waitingCount: view
      ? view.waitingCount
      : (feed.summary?.waiting ?? [])
          .filter((entry) => counter.serviceIds.includes(entry.serviceId))
          .reduce((sum, entry) => sum + entry.count, 0),
    state: view?.state ?? 'open',
    reason: view?.reason ?? null,
  };
};

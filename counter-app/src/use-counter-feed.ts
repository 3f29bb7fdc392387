import { useEffect, useState } from 'react';
import { listenTo, type RoleSocket } from '@openops/client';
import type {
  Call,
  CentreSnapshot,
  CounterView,
  Procedure,
  ProceduresChangedEvent,
  QueueSummary,
  RatingRequestView,
  ScanEvent,
} from '@openops/protocol';

export type CounterFeed = {
  snapshot: CentreSnapshot | null;
  summary: QueueSummary | null;
  /** The server's view of this counter (state, current ticket, waiting list), once it sends one. */
  view: CounterView | null;
  /** The latest call made at this counter, from a reply or a push. */
  lastCall: Call | null;
  /**
   * The ticket this screen last ended (finished, marked absent, transferred, returned), from the
   * action's reply; null again once a call is made. The counter's view follows the reply a
   * moment later: meanwhile the ticket is no longer at the counter.
   */
  endedTicketId: string | null;
  procedures: Procedure[];
  /** This counter's latest rating request, without its level. */
  rating: RatingRequestView | null;
  /** The latest scan from this counter's scanner. */
  scan: ScanEvent | null;
};

/** The feed before the server has sent anything. */
export const emptyFeed: CounterFeed = {
  snapshot: null,
  summary: null,
  view: null,
  lastCall: null,
  endedTicketId: null,
  procedures: [],
  rating: null,
  scan: null,
};

/**
 * Everything the server pushes to a counter screen, narrowed to `counterId` where it matters.
 * Each push replaces its part whole, so a screen that reconnects is current after the first
 * messages the server sends on connect.
 */
export type CounterFeedState = CounterFeed & {
  setLastCall: (call: Call) => void;
  /** The reply of an action that ended the ticket at the counter arrived (see `endedTicketId`). */
  setEnded: (ticketId: string) => void;
};

export const useCounterFeed = (
  socket: RoleSocket<'counter'> | null,
  counterId: string | null,
): CounterFeedState => {
  const [feed, setFeed] = useState<CounterFeed>(emptyFeed);

  useEffect(() => {
    // A session ended or begun (the counter id changes through null): the last scan was the
    // previous citizen's, never to fill the next officer's first form or look-up.
    setFeed((old) => (old.scan === null ? old : { ...old, scan: null }));
    if (!socket) return undefined;
    const patch = (part: Partial<CounterFeed>): void => setFeed((old) => ({ ...old, ...part }));
    const onSnapshot = (snapshot: CentreSnapshot): void => patch({ snapshot });
    const onSummary = (summary: QueueSummary): void => patch({ summary });
    const onView = (view: CounterView): void => {
      if (view.counterId === counterId) patch({ view });
    };
    const onCall = (call: Call): void => {
      if (call.counterId === counterId) patch({ lastCall: call, endedTicketId: null });
    };
    const onProcedures = (event: ProceduresChangedEvent): void =>
      patch({ procedures: event.procedures });
    const onRating = (rating: RatingRequestView): void => {
      if (rating.counterId !== counterId) return;
      setFeed((old) =>
        // An older request's late status (a cancel) never hides the newer one's.
        old.rating &&
        old.rating.requestId !== rating.requestId &&
        old.rating.requestedAt > rating.requestedAt
          ? old
          : { ...old, rating },
      );
    };
    const onScan = (scan: ScanEvent): void => patch({ scan });
    return listenTo(socket, {
      'centre:snapshot': onSnapshot,
      'queue:summary': onSummary,
      'counter:view': onView,
      'call:made': onCall,
      'procedures:changed': onProcedures,
      'rating:status': onRating,
      'scan:classified': onScan,
    });
  }, [socket, counterId]);

  return {
    ...feed,
    setLastCall: (call: Call) =>
      setFeed((old) => ({ ...old, lastCall: call, endedTicketId: null })),
    setEnded: (ticketId: string) => setFeed((old) => ({ ...old, endedTicketId: ticketId })),
  };
};

import { assertNever } from '@openops/protocol';
import type { CounterNamespace, RealtimeContext } from './realtime-context';

/** The room of the sockets working one counter; each gets `counter:view` on every change. */
export const counterRoom = (counterId: string): string => `counter:${counterId}`;

/**
 * Waiting counts and every counter's queue list go out at most this often. Each push costs a
 * summary and one view per signed-in counter, so at a rush (four kiosks issuing, ten counters
 * calling) they are capped at four a second instead of one per ticket. Default 250 ms.
 */
export const queuePushIntervalMs = 250;

/**
 * How long a counter's view waits after a change at that counter, so that actions in quick
 * succession (a call, then start) send one view, and so that a call reaching the displays
 * never queues behind the views of the counters that called just before. The officer's own
 * action is answered by its acknowledgement at once. Default 50 ms.
 */
export const counterViewDelayMs = 50;

/**
 * Forwards the queue's committed changes to live clients. Calls go out at once (displays
 * chime); a counter's view `counterViewDelayMs` after a change at it; waiting counts and every
 * counter's list at most once per `queuePushIntervalMs`.
 */
export const pushQueueChanges = (
  context: RealtimeContext,
  counter: CounterNamespace,
  intervalMs = queuePushIntervalMs,
  viewDelayMs = counterViewDelayMs,
): (() => void) => {
  const dirtyCounters = new Set<string>();
  let countersTimer: NodeJS.Timeout | null = null;
  let queueTimer: NodeJS.Timeout | null = null;
  let lastQueuePush = Number.NEGATIVE_INFINITY;
  let stopped = false;

  const pushViews = (counterIds: Iterable<string>): void => {
    if (stopped) return;
    for (const counterId of counterIds) {
      const room = counterRoom(counterId);
      if (!counter.adapter.rooms.get(room)?.size) continue;
      const view = context.queue.counterOps.view(counterId);
      if (view.ok) counter.to(room).emit('counter:view', view.data);
    }
  };

  const pushCounters = (): void => {
    countersTimer = null;
    const counters = [...dirtyCounters];
    dirtyCounters.clear();
    pushViews(counters);
  };

  const pushQueue = (): void => {
    queueTimer = null;
    if (stopped) return;
    lastQueuePush = performance.now();
    context.queueChanged();
    // Waiting lists of every counter may have moved.
    pushViews(
      [...counter.adapter.rooms.keys()]
        .filter((room) => room.startsWith('counter:'))
        .map((room) => room.slice('counter:'.length)),
    );
  };

  const scheduleQueue = (): void => {
    if (queueTimer) return;
    const wait = Math.max(0, lastQueuePush + intervalMs - performance.now());
    queueTimer = setTimeout(pushQueue, wait);
  };

  const scheduleCounters = (): void => {
    countersTimer ??= setTimeout(pushCounters, viewDelayMs);
  };

  const unsubscribe = context.queue.changes.subscribe((change) => {
    switch (change.kind) {
      case 'call':
        context.callMade(change.call);
        return;
      case 'queue-changed':
        scheduleQueue();
        return;
      case 'counter-changed':
        dirtyCounters.add(change.counterId);
        scheduleCounters();
        return;
      default:
        assertNever(change);
    }
  });
  return () => {
    stopped = true;
    unsubscribe();
    if (queueTimer) clearTimeout(queueTimer);
    if (countersTimer) clearTimeout(countersTimer);
  };
};

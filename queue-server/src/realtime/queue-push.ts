import { assertNever } from '@openops/protocol';
import type { CounterNamespace, RealtimeContext } from './realtime-context';

/** The room of the sockets working one counter; each gets `counter:view` on every change. */
export const counterRoom = (counterId: string): string => `counter:${counterId}`;

/**
 * Forwards the queue's committed changes to live clients. Calls go out at once (displays
 * chime); waiting counts and counter views are coalesced to one push per event-loop turn, so
 * a burst of issues costs one broadcast, not one per ticket.
 */
export const pushQueueChanges = (
  context: RealtimeContext,
  counter: CounterNamespace,
): (() => void) => {
  let queueDirty = false;
  const dirtyCounters = new Set<string>();
  let scheduled = false;

  const pushViews = (counterIds: Iterable<string>): void => {
    for (const counterId of counterIds) {
      const room = counterRoom(counterId);
      if (!counter.adapter.rooms.get(room)?.size) continue;
      const view = context.queue.counterOps.view(counterId);
      if (view.ok) counter.to(room).emit('counter:view', view.data);
    }
  };

  const flush = (): void => {
    scheduled = false;
    if (queueDirty) {
      queueDirty = false;
      dirtyCounters.clear();
      context.queueChanged();
      // Waiting lists of every counter may have moved.
      pushViews(
        [...counter.adapter.rooms.keys()]
          .filter((room) => room.startsWith('counter:'))
          .map((room) => room.slice('counter:'.length)),
      );
      return;
    }
    const counters = [...dirtyCounters];
    dirtyCounters.clear();
    pushViews(counters);
  };

  const schedule = (): void => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(flush);
  };

  return context.queue.changes.subscribe((change) => {
    switch (change.kind) {
      case 'call':
        context.callMade(change.call);
        return;
      case 'queue-changed':
        queueDirty = true;
        schedule();
        return;
      case 'counter-changed':
        dirtyCounters.add(change.counterId);
        schedule();
        return;
      default:
        assertNever(change);
    }
  });
};

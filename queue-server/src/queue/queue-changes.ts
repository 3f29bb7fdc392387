import type { Call } from '@openops/protocol';

/** What live clients must hear after a committed change. */
export type QueueChange =
  | { kind: 'queue-changed' }
  | { kind: 'call'; call: Call }
  | { kind: 'counter-changed'; counterId: string };

export type QueueChanges = {
  emit: (change: QueueChange) => void;
  /** Returns the unsubscribe function. */
  subscribe: (listener: (change: QueueChange) => void) => () => void;
};

/** A tiny synchronous hub: the queue emits after each commit; sockets subscribe. */
export const createQueueChanges = (): QueueChanges => {
  const listeners = new Set<(change: QueueChange) => void>();
  return {
    emit: (change) => listeners.forEach((listener) => listener(change)),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
};

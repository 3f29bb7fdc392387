import type { QueueService } from '../queue/queue-service';

/** How often the used-up services are checked for a change no queue event announces. */
export const usedUpCheckIntervalMs = 60_000;

/**
 * Announces a queue change when the services whose numbers are used up change without one: a
 * booking made or cancelled on the portal, a booking's check-in window closing (its held number
 * goes back to walk-ins), a new business day. Kiosks then mark the right services.
 */
export const watchNumbersUsedUp = (
  queue: Pick<QueueService, 'summary' | 'changes'>,
  intervalMs = usedUpCheckIntervalMs,
): (() => void) => {
  const keyOf = (): string => {
    const { businessDay, numbersUsedUp } = queue.summary();
    return `${businessDay} ${numbersUsedUp.join(',')}`;
  };
  let last = keyOf();
  const timer = setInterval(() => {
    const now = keyOf();
    if (now === last) return;
    last = now;
    queue.changes.emit({ kind: 'queue-changed' });
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
};

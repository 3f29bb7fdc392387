import type { QueueService } from '../queue/queue-service';

/** How often the services a kiosk marks are checked for a change no queue event announces. */
export const availabilityCheckIntervalMs = 60_000;

/**
 * Announces a queue change when the services a kiosk marks change without one: numbers used up
 * or given back by a booking made or cancelled on the portal, or by a booking's check-in window
 * closing; a service opening or closing at its hours; a new business day.
 */
export const watchServiceAvailability = (
  queue: Pick<QueueService, 'summary' | 'changes'>,
  intervalMs = availabilityCheckIntervalMs,
): (() => void) => {
  const keyOf = (): string => {
    const { businessDay, numbersUsedUp, notIssuingNow } = queue.summary();
    return `${businessDay} ${numbersUsedUp.join(',')} ${notIssuingNow.join(',')}`;
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

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { QueueSummary } from '@openops/protocol';
import { createQueueChanges, type QueueChange } from '../queue/queue-changes';
import { watchServiceAvailability } from './availability-watch';

describe('watchServiceAvailability', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('announces a change of the services a kiosk marks or of the day, and nothing otherwise', () => {
    let summary: QueueSummary = {
      businessDay: '2026-11-26',
      waiting: [],
      numbersUsedUp: [],
      notIssuingNow: [],
    };
    const changes = createQueueChanges();
    const heard: QueueChange[] = [];
    changes.subscribe((change) => heard.push(change));
    const stop = watchServiceAvailability({ summary: () => summary, changes }, 1000);

    vi.advanceTimersByTime(3000);
    expect(heard).toEqual([]);
    // A booking held the last number: no ticket was issued, yet the kiosks must learn it.
    summary = { ...summary, numbersUsedUp: ['chung-thuc'] };
    vi.advanceTimersByTime(1000);
    expect(heard).toEqual([{ kind: 'queue-changed' }]);
    vi.advanceTimersByTime(5000);
    expect(heard).toHaveLength(1);
    summary = { ...summary, businessDay: '2026-11-27', numbersUsedUp: [] };
    vi.advanceTimersByTime(1000);
    expect(heard).toHaveLength(2);
    // Its hours end (or lunch starts): nothing was issued, the kiosks must learn it.
    summary = { ...summary, notIssuingNow: ['dat-dai'] };
    vi.advanceTimersByTime(1000);
    expect(heard).toHaveLength(3);

    stop();
    summary = { ...summary, numbersUsedUp: ['ho-tich'] };
    vi.advanceTimersByTime(5000);
    expect(heard).toHaveLength(3);
  });
});

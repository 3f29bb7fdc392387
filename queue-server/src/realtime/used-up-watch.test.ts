import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { QueueSummary } from '@openops/protocol';
import { createQueueChanges, type QueueChange } from '../queue/queue-changes';
import { watchNumbersUsedUp } from './used-up-watch';

describe('watchNumbersUsedUp', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('announces a change of the used-up services or of the day, and nothing otherwise', () => {
    let summary: QueueSummary = { businessDay: '2026-11-26', waiting: [], numbersUsedUp: [] };
    const changes = createQueueChanges();
    const heard: QueueChange[] = [];
    changes.subscribe((change) => heard.push(change));
    const stop = watchNumbersUsedUp({ summary: () => summary, changes }, 1000);

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

    stop();
    summary = { ...summary, numbersUsedUp: ['ho-tich'] };
    vi.advanceTimersByTime(5000);
    expect(heard).toHaveLength(2);
  });
});

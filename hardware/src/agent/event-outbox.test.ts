import { describe, expect, it } from 'vitest';
import { createEventOutbox, maxScanAgeMs } from './event-outbox';

describe('event outbox', () => {
  it('drops scans too old to send when the link returns, keeps presses whatever their age', () => {
    const outbox = createEventOutbox<string[]>();
    const sent: string[] = [];
    const entry = (kind: 'scan' | 'press', name: string, queuedAt: number) => ({
      kind,
      queuedAt,
      send: () => sent.push(name),
    });
    outbox.add(entry('scan', 'old scan', 0));
    outbox.add(entry('press', 'old press', 0));
    outbox.add(entry('scan', 'recent scan', 5_000));

    const { fresh, staleScans } = outbox.drain(maxScanAgeMs + 1);
    fresh.forEach((send) => send([]));
    expect(sent).toEqual(['old press', 'recent scan']);
    expect(staleScans).toBe(1);
    expect(outbox.drain(maxScanAgeMs + 1)).toEqual({ fresh: [], staleScans: 0 });
  });

  it('keeps only the newest entries beyond its capacity', () => {
    const outbox = createEventOutbox<null>(2);
    const sent: number[] = [];
    [1, 2, 3].forEach((n) => outbox.add({ kind: 'press', queuedAt: 0, send: () => sent.push(n) }));
    outbox.drain(0).fresh.forEach((send) => send(null));
    expect(sent).toEqual([2, 3]);
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../store/database';
import { createPrintJobRepository } from './print-job-repository';
import { printJobRetentionMs, schedulePrintJobPurge } from './print-job-retention';

const document = {
  kind: 'ticket' as const,
  centreName: 'Trung tâm Phục vụ hành chính công',
  ticketNumber: 'A001',
  serviceName: 'Hộ tịch',
  peopleAhead: 0,
  estimatedWaitMinutes: null,
  issuedAt: '2026-10-01T01:00:00.000Z',
  timeZone: 'Asia/Ho_Chi_Minh',
};

afterEach(() => {
  vi.useRealTimers();
});

type StoredJob = {
  id: string;
  state: 'printed' | 'failed' | 'queued';
  at: string;
  device?: string;
};

const storeWith = (jobs: StoredJob[]) => {
  const repository = createPrintJobRepository(openDatabase(':memory:'));
  jobs.forEach(({ id, state, at, device = 'kiosk-1' }) => {
    repository.insert({ jobId: id, deviceId: device, document, at });
    if (state === 'printed') repository.markPrinted(id, at);
    if (state === 'failed') repository.markFailed(id, 'printer-fault', 'Hết giấy', at);
  });
  return repository;
};

describe('print job retention', () => {
  it('deletes finished jobs past the cut-off on every device, and never a queued one', () => {
    const repository = storeWith([
      { id: 'old-printed', state: 'printed', at: '2026-10-01T01:00:00.000Z' },
      { id: 'old-failed', state: 'failed', at: '2026-10-02T01:00:00.000Z' },
      { id: 'old-queued', state: 'queued', at: '2026-10-03T01:00:00.000Z' },
      { id: 'recent', state: 'printed', at: '2026-11-20T01:00:00.000Z' },
      { id: 'old-counter', state: 'printed', at: '2026-10-04T01:00:00.000Z', device: 'pc-2' },
    ]);
    expect(repository.purgeFinished('2026-11-01T00:00:00.000Z', 2)).toBe(2);
    expect(repository.purgeFinished('2026-11-01T00:00:00.000Z', 500)).toBe(1);
    expect(repository.purgeFinished('2026-11-01T00:00:00.000Z', 500)).toBe(0);
    expect(repository.list({ limit: 10 }).map((job) => job.jobId)).toEqual([
      'recent',
      'old-queued',
    ]);
  });

  it('purges in steps after start and every interval, until stopped', () => {
    vi.useFakeTimers();
    const now = new Date('2026-11-26T03:00:00.000Z');
    const cutOffs: string[] = [];
    // 1,200 jobs to delete: three steps of at most 500.
    let left = 1200;
    const stop = schedulePrintJobPurge(
      {
        purgeFinished: (beforeIso, limit) => {
          cutOffs.push(beforeIso);
          const deleted = Math.min(left, limit);
          left -= deleted;
          return deleted;
        },
      },
      () => now,
      60_000,
    );
    expect(cutOffs).toHaveLength(0);
    vi.advanceTimersByTime(1000);
    expect(cutOffs).toHaveLength(1);
    // The next steps follow at once (a timer of 0, which Node runs after 1 ms).
    vi.advanceTimersByTime(1);
    vi.advanceTimersByTime(1);
    expect(cutOffs).toHaveLength(3);
    expect(left).toBe(0);
    expect(new Set(cutOffs)).toEqual(
      new Set([new Date(now.getTime() - printJobRetentionMs).toISOString()]),
    );
    vi.advanceTimersByTime(60_000);
    expect(cutOffs).toHaveLength(4);
    stop();
    vi.advanceTimersByTime(120_000);
    expect(cutOffs).toHaveLength(4);
  });

  it('waits for the next round when the store fails', () => {
    vi.useFakeTimers();
    let calls = 0;
    const stop = schedulePrintJobPurge(
      {
        purgeFinished: () => {
          calls += 1;
          throw new Error('database is locked');
        },
      },
      () => new Date('2026-11-26T03:00:00.000Z'),
      60_000,
    );
    vi.advanceTimersByTime(1000);
    expect(calls).toBe(1);
    vi.advanceTimersByTime(60_000);
    expect(calls).toBe(2);
    stop();
  });
});

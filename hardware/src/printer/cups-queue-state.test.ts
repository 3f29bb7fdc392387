import { describe, expect, it } from 'vitest';
import { lpstatSamples as samples } from '../test-support/lpstat-samples';
import {
  cupsCondition,
  holdsNewJobs,
  parseLpstatJobs,
  parseLpstatPrinter,
  type CupsPrinterState,
} from './cups-queue-state';

const stuckAfterMs = 30_000;

const read = (output: string): CupsPrinterState => {
  const state = parseLpstatPrinter(output);
  if (!state) throw new Error('not parsed');
  return state;
};

describe('lpstat -l -p', () => {
  it('reads an idle queue as enabled with nothing to report', () => {
    expect(read(samples.idle)).toEqual({ enabled: true, message: null, alerts: [] });
  });

  it('reads the state message and the alerts', () => {
    expect(read(samples.paperOut)).toEqual({
      enabled: true,
      message: 'Out of paper',
      alerts: ['media-empty-error'],
    });
    expect(read(samples.stoppedCoverOpen)).toEqual({
      enabled: false,
      message: 'Cover open',
      alerts: ['cover-open-error', 'media-low-warning', 'paused'],
    });
  });

  it('reads nothing from an error', () => {
    expect(parseLpstatPrinter(samples.unknownQueue)).toBeNull();
    expect(parseLpstatPrinter('')).toBeNull();
  });
});

describe('lpstat -o', () => {
  it('lists the job ids of the queue', () => {
    expect(parseLpstatJobs(samples.jobs, 'Q')).toEqual(['Q-4', 'Q-5']);
    expect(parseLpstatJobs('', 'Q')).toEqual([]);
    // Another queue's jobs (a class listing) are not this printer's.
    expect(parseLpstatJobs('R-1   root   1024   Fri Nov 27 17:28:34 2026\n', 'Q')).toEqual([]);
  });
});

describe('condition of a CUPS queue', () => {
  it.each([
    ['idle', samples.idle, null, { state: 'unknown', faults: [] }],
    ['printing, for now', samples.unreachable, 5_000, { state: 'unknown', faults: [] }],
    [
      'printing for longer than the limit (printer switched off)',
      samples.unreachable,
      31_000,
      { state: 'disconnected', faults: ['offline'] },
    ],
    ['out of paper', samples.paperOut, 1_000, { state: 'fault', faults: ['paper-out'] }],
    ['unplugged', samples.offline, 1_000, { state: 'disconnected', faults: ['offline'] }],
    [
      'stopped, cover open',
      samples.stoppedCoverOpen,
      null,
      { state: 'fault', faults: ['cover-open', 'paper-near-end'] },
    ],
    ['stopped by hand', samples.stoppedByHand, null, { state: 'fault', faults: ['offline'] }],
  ] as const)('%s', (_name, output, oldestJobAgeMs, condition) => {
    expect(cupsCondition(read(output), oldestJobAgeMs, stuckAfterMs)).toEqual(condition);
  });

  it('holds a new job on a stopped queue or behind waiting jobs, not on an idle empty queue', () => {
    const paperOut = read(samples.paperOut);
    const condition = cupsCondition(paperOut, null, stuckAfterMs);
    // The alert of a queue with no job may be stale (paper refilled): a job goes and tells.
    expect(holdsNewJobs(paperOut, 0, condition)).toBe(false);
    expect(holdsNewJobs(paperOut, 1, condition)).toBe(true);
    const stopped = read(samples.stoppedByHand);
    expect(holdsNewJobs(stopped, 0, cupsCondition(stopped, null, stuckAfterMs))).toBe(true);
    const idle = read(samples.idle);
    expect(holdsNewJobs(idle, 2, cupsCondition(idle, 1_000, stuckAfterMs))).toBe(false);
  });
});

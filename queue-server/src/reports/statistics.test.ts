import { describe, expect, it } from 'vitest';
import { durationStats, percent } from './statistics';

describe('durationStats', () => {
  it('is all null without samples', () => {
    expect(durationStats([])).toEqual({
      count: 0,
      meanSeconds: null,
      medianSeconds: null,
      p90Seconds: null,
    });
  });

  it('takes the middle pair for an even count and the nearest rank for p90', () => {
    // Sorted: 10..100; median (50+60)/2; p90 rank ceil(9) = 9th = 90.
    const stats = durationStats([100, 10, 90, 20, 80, 30, 70, 40, 60, 50]);
    expect(stats).toEqual({ count: 10, meanSeconds: 55, medianSeconds: 55, p90Seconds: 90 });
  });

  it('rounds to whole seconds', () => {
    expect(durationStats([1, 2]).meanSeconds).toBe(2);
    expect(durationStats([1, 2, 2]).meanSeconds).toBe(2);
    expect(durationStats([7]).p90Seconds).toBe(7);
  });
});

describe('percent', () => {
  it('has one decimal and is null for nothing', () => {
    expect(percent(2, 3)).toBe(66.7);
    expect(percent(0, 0)).toBeNull();
  });
});

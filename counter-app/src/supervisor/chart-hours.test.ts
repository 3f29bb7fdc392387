import { describe, expect, it } from 'vitest';
import type { HourRow } from '@openops/protocol';
import { chartHours } from './chart-hours';

const row = (hour: number): HourRow => ({
  hour,
  issued: 1,
  served: 1,
  noShow: 0,
  meanWaitSeconds: null,
});

describe('chartHours', () => {
  it('spans the working day even when only the first hours have tickets', () => {
    expect(chartHours([row(7), row(8)])).toEqual([7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]);
    expect(chartHours([])).toHaveLength(11);
  });

  it('widens to an early or late hour that has tickets', () => {
    const hours = chartHours([row(5), row(19)]);
    expect(hours[0]).toBe(5);
    expect(hours.at(-1)).toBe(19);
    expect(hours).toHaveLength(15);
  });
});

import { describe, expect, it } from 'vitest';
import {
  counterBoardLayout,
  minimumBoardScale,
  rowsAtFullSize,
  smallerScale,
} from './counter-board-layout';

describe('counterBoardLayout', () => {
  it.each([
    [1, 1, 1, true],
    [6, 1, 1, true],
    // Seven full-width rows, a little smaller, read better than two narrow columns.
    [7, 1, 0.857, true],
    [8, 1, 0.75, true],
    [9, 2, 0.68, false],
    [12, 2, 0.68, false],
    [16, 2, 0.68, false],
    [24, 2, 0.5, false],
    [30, 2, 0.4, false],
    [40, 3, 0.4, false],
    [60, 3, 0.3, false],
  ])('%i counters: %i column(s) at %f', (count, columns, scale, showEarlier) => {
    expect(counterBoardLayout(count)).toEqual({ columns, scale, showEarlier });
  });

  it('keeps every row within the height of the full-size rows, however many counters', () => {
    for (let count = 1; count <= 90; count += 1) {
      const { columns, scale } = counterBoardLayout(count);
      const rows = Math.ceil(count / columns);
      expect(columns).toBeLessThanOrEqual(3);
      expect(rows * scale).toBeLessThanOrEqual(rowsAtFullSize + 0.01);
    }
  });

  it('treats an empty board as one full-size column', () => {
    expect(counterBoardLayout(0)).toEqual({ columns: 1, scale: 1, showEarlier: true });
  });
});

describe('smallerScale', () => {
  it('steps down by a tenth and stops at the minimum', () => {
    expect(smallerScale(1)).toBe(0.9);
    expect(smallerScale(0.27)).toBe(minimumBoardScale);
    expect(smallerScale(minimumBoardScale)).toBe(minimumBoardScale);
  });

  it('reaches the minimum from full size in a bounded number of steps', () => {
    let scale = 1;
    let steps = 0;
    while (scale > minimumBoardScale) {
      scale = smallerScale(scale);
      steps += 1;
    }
    expect(steps).toBeLessThan(20);
  });
});

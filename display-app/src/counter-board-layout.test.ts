import { describe, expect, it } from 'vitest';
import {
  columnGain,
  fitCounterBoard,
  maximumBoardColumns,
  minimumBoardScale,
} from './counter-board-layout';
import { largestFittingScale, scalePrecision } from './fit-scale';

/**
 * A board as the browser lays it out, in units of the full-size row: each row is 1 high (plus
 * a tenth of gap) and 0.5 wide at scale 1, with a fixed 0.1 of padding per column that does not
 * scale; the board is `width` × `height`.
 */
const board =
  (counterCount: number, width: number, height: number) =>
  (columns: number, scale: number): boolean => {
    const rows = Math.ceil(counterCount / columns);
    const tall = rows * 1.1 * scale;
    const wide = columns * (0.5 * scale + 0.1);
    return tall <= height && wide <= width;
  };

describe('fitCounterBoard', () => {
  it('keeps a board that fits at full size in one column, trying nothing else', () => {
    const tried: string[] = [];
    const fitted = fitCounterBoard(4, (columns, scale) => {
      tried.push(`${columns}@${scale}`);
      return board(4, 1, 8)(columns, scale);
    });
    expect(fitted).toEqual({ columns: 1, scale: 1 });
    expect(tried).toEqual(['1@1']);
  });

  it('takes two columns when the board is short: 8 counters under a notice and two waiting rows', () => {
    const fitted = fitCounterBoard(8, board(8, 1, 4.5));
    expect(fitted.columns).toBe(2);
    // One column would give 4.5 / 8.8 ≈ 0.51; two give ≈ 0.8 (limited by the width).
    expect(fitted.scale).toBeGreaterThan(0.78);
    expect(board(8, 1, 4.5)(2, fitted.scale)).toBe(true);
  });

  it('keeps one column, with its earlier numbers, on a tall board', () => {
    expect(fitCounterBoard(8, board(8, 1, 9))).toEqual({ columns: 1, scale: 1 });
    // 9 rows at 0.91 against two columns at 0.8: one column is larger.
    const fitted = fitCounterBoard(9, board(9, 1, 9));
    expect(fitted.columns).toBe(1);
    expect(fitted.scale).toBeCloseTo(0.909, 1);
  });

  it('takes a column more only for clearly larger numbers', () => {
    // Two columns would be 2 % larger than one: not worth losing the earlier numbers.
    const nearTie = (columns: number, scale: number) => scale <= (columns === 1 ? 0.6 : 0.612);
    expect(fitCounterBoard(8, nearTie).columns).toBe(1);
    const clearGain = (columns: number, scale: number) => scale <= (columns === 1 ? 0.6 : 0.7);
    expect(fitCounterBoard(8, clearGain)).toEqual({ columns: 2, scale: expect.any(Number) });
    expect(fitCounterBoard(8, clearGain).scale).toBeGreaterThan(0.6 * columnGain);
  });

  it('uses up to three columns for a large zone, never more than its counters', () => {
    expect(fitCounterBoard(40, board(40, 1.6, 5)).columns).toBe(maximumBoardColumns);
    const tried = new Set<number>();
    fitCounterBoard(2, (columns) => {
      tried.add(columns);
      return false;
    });
    expect([...tried]).toEqual([1, 2]);
  });

  it('when nothing fits, shows the most columns at the smallest scale: fewest rows cut off', () => {
    expect(fitCounterBoard(90, () => false)).toEqual({
      columns: maximumBoardColumns,
      scale: minimumBoardScale,
    });
  });

  it('prefers a column count that fits at all over one that does not', () => {
    const onlyInThree = (columns: number, scale: number) => columns === 3 && scale <= 0.3;
    const fitted = fitCounterBoard(60, onlyInThree);
    expect(fitted.columns).toBe(3);
    expect(fitted.scale).toBeGreaterThan(0.3 - scalePrecision);
  });
});

describe('largestFittingScale', () => {
  it('finds the largest fitting scale within the precision, in a few tries', () => {
    let tries = 0;
    const scale = largestFittingScale((tried) => {
      tries += 1;
      return tried <= 0.437;
    }, minimumBoardScale);
    expect(scale).toBeLessThanOrEqual(0.437);
    expect(scale).toBeGreaterThan(0.437 - scalePrecision);
    expect(tries).toBeLessThan(10);
  });

  it('answers null when nothing above the floor fits', () => {
    expect(largestFittingScale((scale) => scale <= 0.5, 0.5)).toBeNull();
    expect(largestFittingScale(() => true, 0.2)).toBe(1);
  });
});

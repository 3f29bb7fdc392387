import { describe, expect, it } from 'vitest';
import {
  fitCall,
  fullSizeCall,
  minimumNameScale,
  minimumNumberScale,
  type CallScales,
} from './current-call-fit';

/** A card of `height`: the number takes 25 at full size, the name `nameLines` × 14. */
const card =
  (height: number, nameLines: number) =>
  ({ name, number }: CallScales): boolean =>
    25 * number + 6 * number + 14 * nameLines * name <= height;

describe('fitCall', () => {
  it('keeps a call that fits at full size', () => {
    expect(fitCall(card(60, 1))).toEqual(fullSizeCall);
  });

  it('shrinks a long counter name before the number', () => {
    const fitted = fitCall(card(60, 3));
    expect(fitted.number).toBe(1);
    expect(fitted.name).toBeLessThan(1);
    expect(fitted.name).toBeGreaterThanOrEqual(minimumNameScale);
    expect(card(60, 3)(fitted)).toBe(true);
  });

  it('shrinks the number only once the name is at its smallest', () => {
    const fitted = fitCall(card(40, 3));
    expect(fitted.name).toBe(minimumNameScale);
    expect(fitted.number).toBeLessThan(1);
    expect(fitted.number).toBeGreaterThan(minimumNumberScale);
    expect(card(40, 3)(fitted)).toBe(true);
  });

  it('stops at the smallest sizes when nothing fits', () => {
    expect(fitCall(() => false)).toEqual({
      name: minimumNameScale,
      number: minimumNumberScale,
    });
  });
});

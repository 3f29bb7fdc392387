import { describe, expect, it } from 'vitest';
import { lookDelayMs } from './receipt-polling';

describe('following a receipt print job', () => {
  it('looks quickly at first, then slows down, and never stops', () => {
    expect(lookDelayMs(1)).toBe(500);
    expect(lookDelayMs(10)).toBe(500);
    expect(lookDelayMs(11)).toBe(1_000);
    expect(lookDelayMs(12)).toBe(2_000);
    expect(lookDelayMs(14)).toBe(5_000);
    expect(lookDelayMs(1_000)).toBe(5_000);
  });
});

import { describe, expect, it } from 'vitest';
import { retryDelayMs } from './backoff';

const options = { baseMs: 1000, maxMs: 60_000 };

describe('retry backoff', () => {
  it('doubles per attempt within the jitter band', () => {
    expect(retryDelayMs(1, options, () => 0)).toBe(500);
    expect(retryDelayMs(1, options, () => 1)).toBe(1000);
    expect(retryDelayMs(2, options, () => 0)).toBe(1000);
    expect(retryDelayMs(4, options, () => 1)).toBe(8000);
  });

  it('is capped, even after very many attempts', () => {
    expect(retryDelayMs(7, options, () => 1)).toBe(60_000);
    expect(retryDelayMs(1000, options, () => 0.5)).toBe(45_000);
  });

  it('spreads retries between half and the whole step', () => {
    const delays = [0, 0.25, 0.5, 0.99].map((value) => retryDelayMs(3, options, () => value));
    expect(new Set(delays).size).toBe(4);
    delays.forEach((delay) => {
      expect(delay).toBeGreaterThanOrEqual(2000);
      expect(delay).toBeLessThanOrEqual(4000);
    });
  });
});

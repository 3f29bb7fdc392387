import { describe, expect, it } from 'vitest';
import { parseRetryAfter, retryAfterCapMs } from './retry-after';

const now = Date.parse('2026-11-26T02:00:00.000Z');

describe('parseRetryAfter', () => {
  it('reads delay-seconds and HTTP dates', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
    expect(parseRetryAfter('Thu, 26 Nov 2026 02:00:30 GMT', now)).toBe(30_000);
  });

  it('reads a past date as now, caps a far one, and ignores what it cannot read', () => {
    expect(parseRetryAfter('Thu, 26 Nov 2026 01:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('999999', now)).toBe(retryAfterCapMs);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter('-5', now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { createAddressRateLimit } from './address-rate-limit';

const limiter = (limit: number, maxAddresses?: number) => {
  let now = 1_000_000;
  const rateLimit = createAddressRateLimit({
    limit,
    windowMs: 60_000,
    clock: () => now,
    ...(maxAddresses === undefined ? {} : { maxAddresses }),
  });
  return {
    take: rateLimit.take,
    advance: (ms: number) => {
      now += ms;
    },
  };
};

describe('address rate limit', () => {
  it('answers `limit` requests per window, then says how long to wait', () => {
    const { take, advance } = limiter(3);
    expect([take('a'), take('a'), take('a')]).toEqual(Array(3).fill({ allowed: true }));
    advance(15_000);
    expect(take('a')).toEqual({ allowed: false, retryAfterSeconds: 45 });
    advance(44_500);
    expect(take('a')).toEqual({ allowed: false, retryAfterSeconds: 1 });
    advance(500);
    expect(take('a')).toEqual({ allowed: true });
  });

  it('counts each address apart', () => {
    const { take } = limiter(1);
    expect(take('a')).toEqual({ allowed: true });
    expect(take('a').allowed).toBe(false);
    expect(take('b')).toEqual({ allowed: true });
  });

  it('stays bounded: a flood of new addresses forgets the oldest, not the limit', () => {
    const { take, advance } = limiter(1, 100);
    expect(take('first')).toEqual({ allowed: true });
    expect(take('first').allowed).toBe(false);
    for (let index = 0; index < 1000; index += 1) take(`10.0.${index >> 8}.${index & 255}`);
    // "first" was the oldest and is forgotten; the newest is still counted.
    expect(take('first')).toEqual({ allowed: true });
    expect(take('10.0.3.231').allowed).toBe(false);
    // Ended windows go before running ones.
    advance(60_000);
    expect(take('new')).toEqual({ allowed: true });
    expect(take('new').allowed).toBe(false);
  });
});

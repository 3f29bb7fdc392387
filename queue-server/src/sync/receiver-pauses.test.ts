import { describe, expect, it } from 'vitest';
import { createReceiverPauses } from './receiver-pauses';

const delays = { baseMs: 1000, maxMs: 4000 };
const failed = { attempts: 3, receiverFailures: 3, retryAfterMs: null };

describe('receiver pauses', () => {
  it('pause a receiver longer after each failed round, up to the cap, then let one probe through', () => {
    // Jitter at its top: each pause is the whole step.
    const pauses = createReceiverPauses(() => 1);
    expect(pauses.gate('tinh', 0)).toBe('open');
    expect(pauses.any()).toBe(false);
    const untils: number[] = [];
    let now = 0;
    for (let round = 0; round < 4; round += 1) {
      pauses.settle('tinh', failed, now, delays);
      untils.push((pauses.resumesAt('tinh') ?? 0) - now);
      expect(pauses.gate('tinh', now + 1)).toBe('paused');
      now = pauses.resumesAt('tinh') ?? 0;
      expect(pauses.gate('tinh', now)).toBe('probe');
    }
    expect(untils).toEqual([1000, 2000, 4000, 4000]);
    expect(pauses.any()).toBe(true);
    // Any answer from the receiver itself reopens it; other receivers were never affected.
    pauses.settle('tinh', { attempts: 1, receiverFailures: 0, retryAfterMs: null }, now, delays);
    expect(pauses.gate('tinh', now)).toBe('open');
    expect(pauses.gate('dat-dai', now)).toBe('open');
    expect(pauses.any()).toBe(false);
  });

  it('wait at least as long as Retry-After asks, even after a round that delivered', () => {
    const pauses = createReceiverPauses(() => 0.5);
    pauses.settle('tinh', { ...failed, retryAfterMs: 60_000 }, 0, delays);
    expect(pauses.resumesAt('tinh')).toBe(60_000);
    pauses.settle('dat-dai', { attempts: 5, receiverFailures: 1, retryAfterMs: 30_000 }, 0, delays);
    expect(pauses.gate('dat-dai', 29_999)).toBe('paused');
    expect(pauses.gate('dat-dai', 30_000)).toBe('probe');
  });

  it('leave a receiver open after a round with only some failures', () => {
    const pauses = createReceiverPauses(() => 0.5);
    pauses.settle('tinh', { attempts: 3, receiverFailures: 2, retryAfterMs: null }, 0, delays);
    expect(pauses.gate('tinh', 0)).toBe('open');
  });
});

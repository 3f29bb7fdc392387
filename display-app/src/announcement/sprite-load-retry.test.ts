import { describe, expect, it } from 'vitest';
import { createSpriteLoadRetry } from './sprite-load-retry';

describe('createSpriteLoadRetry', () => {
  it('waits a back-off after a failure, doubling with each failure in a row, up to its cap', () => {
    const retry = createSpriteLoadRetry({ firstMs: 5_000, maxMs: 12_000 });
    expect(retry.due(0)).toBe(true);
    retry.failed(0);
    expect(retry.due(4_999)).toBe(false);
    expect(retry.due(5_000)).toBe(true);
    retry.failed(5_000);
    expect(retry.due(14_999)).toBe(false);
    expect(retry.due(15_000)).toBe(true);
    retry.failed(15_000);
    // 20 s would be next; capped at 12 s.
    expect(retry.due(27_000)).toBe(true);
  });

  it('starts afresh after a load succeeds', () => {
    const retry = createSpriteLoadRetry({ firstMs: 5_000 });
    retry.failed(0);
    retry.failed(5_000);
    retry.succeeded();
    expect(retry.due(5_001)).toBe(true);
    retry.failed(10_000);
    expect(retry.due(15_000)).toBe(true);
  });
});

/**
 * When the announcement sprite may be loaded again after a failed load: not before a back-off
 * that starts at `firstMs` and doubles with each failure in a row up to `maxMs`. A server that
 * was restarting while the screen booted is tried again within seconds; a file gone for good
 * costs one request every few minutes at most, never one per call.
 */
export type SpriteLoadRetry = {
  /** A load failed at `at` (ms). */
  failed: (at: number) => void;
  /** A load succeeded: the next failure starts the back-off afresh. */
  succeeded: () => void;
  /** Whether a load may be tried again at `at` (ms). */
  due: (at: number) => boolean;
};

export type SpriteLoadRetryOptions = {
  /** First back-off after a failure (default 5 s). */
  firstMs?: number;
  /** Longest back-off (default 2 min). */
  maxMs?: number;
};

export const createSpriteLoadRetry = ({
  firstMs = 5_000,
  maxMs = 120_000,
}: SpriteLoadRetryOptions = {}): SpriteLoadRetry => {
  let failures = 0;
  let notBefore = Number.NEGATIVE_INFINITY;
  return {
    failed: (at) => {
      notBefore = at + Math.min(maxMs, firstMs * 2 ** failures);
      failures += 1;
    },
    succeeded: () => {
      failures = 0;
      notBefore = Number.NEGATIVE_INFINITY;
    },
    due: (at) => at >= notBefore,
  };
};

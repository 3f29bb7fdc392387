import type { DurationStats } from '@openops/protocol';

/** Mean, median and nearest-rank p90 of durations in seconds, each rounded to a whole second. */
export const durationStats = (samples: readonly number[]): DurationStats => {
  if (samples.length === 0) {
    return { count: 0, meanSeconds: null, medianSeconds: null, p90Seconds: null };
  }
  const sorted = [...samples].sort((a, b) => a - b);
  const count = sorted.length;
  const mean = sorted.reduce((sum, value) => sum + value, 0) / count;
  const middle = Math.floor(count / 2);
  const median =
    count % 2 === 1
      ? (sorted[middle] ?? 0)
      : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  const p90 = sorted[Math.ceil(0.9 * count) - 1] ?? 0;
  return {
    count,
    meanSeconds: Math.round(mean),
    medianSeconds: Math.round(median),
    p90Seconds: Math.round(p90),
  };
};

/** Share in percent with one decimal; null when there is nothing to share. */
export const percent = (part: number, whole: number): number | null =>
  whole === 0 ? null : Math.round((part / whole) * 1000) / 10;

/** A `Retry-After` further away than this is read as this (a wrong date must not stop sync). */
export const retryAfterCapMs = 60 * 60 * 1000;

/**
 * Milliseconds a receiver asked to wait, from a `Retry-After` header: delay-seconds (`120`) or
 * an HTTP date (`Wed, 21 Oct 2026 07:28:00 GMT`) read against `nowMs`. Null when absent or
 * unreadable; a date already past reads as 0; at most `retryAfterCapMs`.
 */
export const parseRetryAfter = (value: string | null, nowMs: number): number | null => {
  const text = value?.trim() ?? '';
  if (text === '') return null;
  // Every HTTP date form starts with the day's name; a bare number that is not delay-seconds
  // (`-5`) would otherwise read as a year.
  const ms = /^\d+$/.test(text)
    ? Number(text) * 1000
    : /^[A-Za-z]{3}/.test(text)
      ? Date.parse(text) - nowMs
      : Number.NaN;
  if (Number.isNaN(ms)) return null;
  return Math.min(retryAfterCapMs, Math.max(0, ms));
};

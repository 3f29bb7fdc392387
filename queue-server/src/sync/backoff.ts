/**
 * Delay before retry number `attempt` (1 = the first retry): exponential from `baseMs`, capped
 * at `maxMs`, with "equal jitter" (half fixed, half random) so a centre's records do not all
 * retry in the same instant when the link comes back, yet never retry sooner than half the step.
 */
export const retryDelayMs = (
  attempt: number,
  options: { baseMs: number; maxMs: number },
  random: () => number,
): number => {
  const exponent = Math.min(Math.max(attempt - 1, 0), 30);
  const step = Math.min(options.maxMs, options.baseMs * 2 ** exponent);
  return Math.round(step / 2 + (step / 2) * random());
};

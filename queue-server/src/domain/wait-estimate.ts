/** Minutes one citizen takes at a counter when the server has no history yet. */
export const defaultServiceMinutes = 5;

/**
 * Rough wait: the people ahead share the counters serving the service.
 * Returns null when no counter serves it, since any figure would mislead.
 */
export const estimateWaitMinutes = (
  peopleAhead: number,
  countersServing: number,
  serviceMinutes = defaultServiceMinutes,
): number | null => {
  if (countersServing <= 0) return null;
  return Math.ceil((peopleAhead * serviceMinutes) / countersServing);
};

/** Minutes one citizen takes at a counter when neither history nor configuration says. */
export const defaultServiceMinutes = 5;

/** How many citizens' worth of weight the configured minutes carry against history. */
export const priorWeight = 3;

/**
 * Typical minutes per citizen for a service: the mean of recent service times, pulled toward
 * the configured figure while history is thin (a prior worth `priorWeight` citizens). Each
 * sample is clamped to [0.5, 4 × configured] so one forgotten "finish" does not distort it.
 */
export const typicalServiceMinutes = (
  recentMinutes: readonly number[],
  configuredMinutes = defaultServiceMinutes,
): number => {
  const clamped = recentMinutes.map((minutes) =>
    Math.min(Math.max(minutes, 0.5), configuredMinutes * 4),
  );
  const sum = clamped.reduce((total, minutes) => total + minutes, 0);
  return (sum + priorWeight * configuredMinutes) / (clamped.length + priorWeight);
};

/**
 * Counters' capacity for one service: each counter serving it adds the share of its turns the
 * service gets by weight (a counter serving two services equally adds 0.5).
 */
export const serviceCapacity = (
  counters: ReadonlyArray<{
    serviceIds: readonly string[];
    weights?: Readonly<Record<string, number>> | undefined;
  }>,
  serviceId: string,
): number =>
  counters
    .filter((counter) => counter.serviceIds.includes(serviceId))
    .reduce((total, counter) => {
      const weightOf = (id: string): number => counter.weights?.[id] ?? 1;
      const all = counter.serviceIds.reduce((sum, id) => sum + weightOf(id), 0);
      return total + weightOf(serviceId) / all;
    }, 0);

/**
 * Estimated wait in whole minutes: the people ahead, times the typical minutes per citizen,
 * shared by the capacity serving the service. Null when no counter serves it, since any
 * figure would mislead.
 */
export const estimateWaitMinutes = (
  peopleAhead: number,
  capacity: number,
  minutesPerCitizen = defaultServiceMinutes,
): number | null => {
  if (capacity <= 0) return null;
  return Math.round((peopleAhead * minutesPerCitizen) / capacity);
};

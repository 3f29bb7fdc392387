import { assertNever, type Counter, type CounterStateName } from '@openops/protocol';

/**
 * Whether a counter in `state` will call the citizens of its services:
 * - `open`: yes, now;
 * - `paused`: yes, when its officer comes back from the break (the counter keeps them);
 * - `closed` (or never opened): no.
 */
export const servesItsQueues = (state: CounterStateName): boolean => {
  switch (state) {
    case 'open':
    case 'paused':
      return true;
    case 'closed':
      return false;
    default:
      return assertNever(state);
  }
};

/** Whether a counter in `state` calls citizens now: open, not on a break. */
export const callsNow = (state: CounterStateName): boolean => state === 'open';

/**
 * Of `serviceIds`, those that no counter but `counterId` calls now (`callsNow`): closing
 * `counterId` would leave their citizens waiting until a counter opens, or comes back from its
 * break. The close dialog says so rather than promise another counter. `stateOf` gives a
 * counter's stored state (`closed` for one never opened). Keeps the order of `serviceIds`.
 */
export const servicesNoOtherCounterServes = (
  counterId: string,
  serviceIds: readonly string[],
  counters: readonly Pick<Counter, 'id' | 'serviceIds'>[],
  stateOf: (counterId: string) => CounterStateName,
): string[] => {
  const covered = new Set(
    counters
      .filter((other) => other.id !== counterId && callsNow(stateOf(other.id)))
      .flatMap((other) => other.serviceIds),
  );
  return serviceIds.filter((serviceId) => !covered.has(serviceId));
};

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

/**
 * Of `serviceIds`, those that no counter but `counterId` serves and works (open or paused):
 * closing `counterId` would leave their citizens with nobody to call them. `stateOf` gives a
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
      .filter((other) => other.id !== counterId && servesItsQueues(stateOf(other.id)))
      .flatMap((other) => other.serviceIds),
  );
  return serviceIds.filter((serviceId) => !covered.has(serviceId));
};

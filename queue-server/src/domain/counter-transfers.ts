import { assertNever, type CounterStateName } from '@openops/protocol';

/**
 * Whether a counter in `state` may be sent a ticket by a transfer to that counter itself. Such a
 * ticket waits for that counter alone, so it must be a counter that will call it:
 * - `open`: yes;
 * - `paused`: yes: the counter keeps its officer, who resumes after the break and calls it then
 *   (and closing it instead puts the ticket back in its service's queue, see `counter-states.ts`);
 * - `closed` (or never opened): no: nobody would call the ticket until the counter opens again.
 */
export const receivesTransfers = (state: CounterStateName): boolean => {
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

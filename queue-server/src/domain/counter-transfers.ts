import type { CounterStateName } from '@openops/protocol';
import { servesItsQueues } from './counter-coverage';

/**
 * Whether a counter in `state` may be sent a ticket by a transfer to that counter itself. Such a
 * ticket waits for that counter alone, so it must be a counter that will call it (see
 * `servesItsQueues`): an open one, or a paused one, whose officer calls it after the break (and
 * closing it instead puts the ticket back in its service's queue, see `counter-states.ts`); not a
 * closed one, where nobody would call it until the counter opens again.
 */
export const receivesTransfers = (state: CounterStateName): boolean => servesItsQueues(state);

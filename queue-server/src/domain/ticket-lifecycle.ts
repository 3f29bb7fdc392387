import { assertNever, type TicketState } from '@openops/protocol';

/**
 * What can happen to a ticket. `call` covers both "next" and a chosen ticket out of order;
 * `transfer` and `return` put it back in a queue (another service or counter, or the same).
 */
export const ticketActions = [
  'call',
  'recall',
  'start',
  'finish',
  'no-show',
  'transfer',
  'return',
  'cancel',
] as const;
export type TicketAction = (typeof ticketActions)[number];

/** States each action starts from. */
export const actionSources = (action: TicketAction): readonly TicketState[] => {
  switch (action) {
    case 'call':
      return ['waiting'];
    case 'recall':
    case 'no-show':
    case 'start':
      return ['called'];
    // An officer who forgot "start" may still finish, transfer or return the citizen.
    case 'finish':
    case 'transfer':
    case 'return':
      return ['called', 'serving'];
    case 'cancel':
      return ['waiting', 'called'];
    default:
      return assertNever(action);
  }
};

/** The state an action leads to (recall keeps `called`). */
export const actionTarget = (action: TicketAction): TicketState => {
  switch (action) {
    case 'call':
    case 'recall':
      return 'called';
    case 'start':
      return 'serving';
    case 'finish':
      return 'done';
    case 'no-show':
      return 'no-show';
    case 'transfer':
    case 'return':
      return 'waiting';
    case 'cancel':
      return 'cancelled';
    default:
      return assertNever(action);
  }
};

/** The next state, or null when the action is not allowed from `state`. */
export const nextTicketState = (state: TicketState, action: TicketAction): TicketState | null =>
  actionSources(action).includes(state) ? actionTarget(action) : null;

/** True for states a ticket never leaves. */
export const isFinalState = (state: TicketState): boolean => {
  switch (state) {
    case 'done':
    case 'no-show':
    case 'cancelled':
      return true;
    case 'waiting':
    case 'called':
    case 'serving':
      return false;
    default:
      return assertNever(state);
  }
};

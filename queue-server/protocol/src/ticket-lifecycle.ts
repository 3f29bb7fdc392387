import { assertNever } from './assert-never';
import type { TicketState } from './entities';

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

/**
 * A ticket's state as a refusal names it to an officer (`phiếu A005 đang được phục vụ`),
 * Vietnamese then English; the state's code never reaches a person.
 */
export const ticketStateWords: Record<TicketState, { vi: string; en: string }> = {
  waiting: { vi: 'đang chờ', en: 'is waiting' },
  called: { vi: 'đã được gọi, đang chờ công dân đến', en: 'is called' },
  serving: { vi: 'đang được phục vụ', en: 'is being served' },
  done: { vi: 'đã hoàn thành', en: 'is done' },
  'no-show': { vi: 'đã ghi vắng mặt', en: 'was marked absent' },
  cancelled: { vi: 'đã bị hủy', en: 'is cancelled' },
};

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

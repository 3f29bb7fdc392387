import { describe, expect, it } from 'vitest';
import { ticketStates, type TicketState } from './entities';
import {
  isFinalState,
  nextTicketState,
  ticketActions,
  type TicketAction,
} from './ticket-lifecycle';

const table: Array<[TicketState, TicketAction, TicketState | null]> = [
  ['waiting', 'call', 'called'],
  ['called', 'recall', 'called'],
  ['called', 'start', 'serving'],
  ['serving', 'finish', 'done'],
  ['called', 'finish', 'done'],
  ['called', 'no-show', 'no-show'],
  ['serving', 'no-show', null],
  ['serving', 'transfer', 'waiting'],
  ['called', 'return', 'waiting'],
  ['waiting', 'cancel', 'cancelled'],
  ['serving', 'cancel', null],
  ['waiting', 'start', null],
  ['called', 'call', null],
  ['done', 'recall', null],
];

describe('ticket lifecycle', () => {
  it.each(table)('%s --%s--> %s', (from, action, to) => {
    expect(nextTicketState(from, action)).toBe(to);
  });

  it('never leaves a final state', () => {
    ticketStates
      .filter(isFinalState)
      .forEach((state) =>
        ticketActions.forEach((action) => expect(nextTicketState(state, action)).toBeNull()),
      );
  });
});

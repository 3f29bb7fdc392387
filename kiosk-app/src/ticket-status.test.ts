import { describe, expect, it } from 'vitest';
import type { Counter, Ticket } from '@openops/protocol';
import { ticketStatusOf } from './ticket-status';

const today = '2025-03-14';

const ticket = (changes: Partial<Ticket>): Ticket => ({
  id: '3f2b8c1e-9a4d-4e6f-8b2a-1c5d7e9f0a12',
  number: 'A025',
  serviceId: 'ho-tich',
  businessDay: today,
  sequence: 25,
  state: 'waiting',
  issuedAt: '2025-03-14T08:05:00+07:00',
  issuedBy: 'kiosk-1',
  counterId: null,
  calledAt: null,
  ...changes,
});

const counters: Counter[] = [
  { id: 'quay-2', number: 2, name: 'Quầy 2', serviceIds: ['ho-tich'], zone: 'tang-1' },
];

describe('ticketStatusOf', () => {
  it('gives a waiting ticket its place in the queue', () => {
    const position = { peopleAhead: 4, estimatedWaitMinutes: 12 };
    expect(ticketStatusOf(ticket({}), position, counters, today)).toEqual({
      kind: 'waiting',
      position,
    });
  });

  it('names the counter of a called or served ticket', () => {
    expect(
      ticketStatusOf(ticket({ state: 'called', counterId: 'quay-2' }), null, counters, today),
    ).toEqual({ kind: 'sentence', key: 'statusCalled', values: { counter: 'Quầy 2', number: 2 } });
    expect(
      ticketStatusOf(ticket({ state: 'serving', counterId: 'quay-2' }), null, counters, today),
    ).toEqual({ kind: 'sentence', key: 'statusServing', values: { counter: 'Quầy 2', number: 2 } });
  });

  it('still says a ticket was called when its counter is not in the snapshot', () => {
    expect(
      ticketStatusOf(ticket({ state: 'called', counterId: 'quay-9' }), null, counters, today),
    ).toMatchObject({ key: 'statusCalledSomewhere' });
    expect(
      ticketStatusOf(ticket({ state: 'serving', counterId: null }), null, counters, today),
    ).toMatchObject({ key: 'statusServingSomewhere' });
  });

  it.each([
    ['done', 'statusDone'],
    ['no-show', 'statusNoShow'],
    ['cancelled', 'statusCancelled'],
  ] as const)('says a %s ticket is over', (state, key) => {
    expect(ticketStatusOf(ticket({ state }), null, counters, today)).toEqual({
      kind: 'sentence',
      key,
      values: {},
    });
  });

  it('puts a ticket of another day before its state, with the day as printed', () => {
    const yesterday = ticket({ businessDay: '2025-03-13', state: 'waiting' });
    expect(
      ticketStatusOf(yesterday, { peopleAhead: 0, estimatedWaitMinutes: 0 }, counters, today),
    ).toEqual({ kind: 'sentence', key: 'statusOtherDay', values: { day: '13/03/2025' } });
  });
});

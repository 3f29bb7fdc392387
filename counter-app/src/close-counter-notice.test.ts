import { describe, expect, it } from 'vitest';
import type { Ticket } from '@openops/protocol';
import { closeCounterNotice } from './close-counter-notice';

const ticket = (number: string, targetCounterId: string | null = null): Ticket => ({
  id: `t-${number}`,
  number,
  serviceId: 'ho-tich',
  businessDay: '2026-11-26',
  sequence: 1,
  state: 'waiting',
  issuedAt: '2026-11-26T02:50:00.000Z',
  issuedBy: null,
  counterId: null,
  calledAt: null,
  targetCounterId,
});

const base = {
  counterId: 'quay-1',
  currentNumber: null,
  waiting: [],
  waitingCount: 0,
  transferredHereCount: 0,
};

describe('closeCounterNotice', () => {
  it('asks nothing when nobody waits and nobody is at the counter', () => {
    expect(closeCounterNotice(base)).toBeNull();
  });

  it('counts the citizens waiting for the services apart from those transferred here', () => {
    const waiting = [ticket('A002'), ticket('B001', 'quay-1'), ticket('A003')];
    expect(
      closeCounterNotice({ ...base, waiting, waitingCount: 25, transferredHereCount: 2 }),
    ).toEqual({
      currentNumber: null,
      waitingForServices: 23,
      transferredHere: 2,
      transferredHereNumbers: ['B001'],
    });
  });

  it('names the number at the counter even with an empty queue', () => {
    expect(closeCounterNotice({ ...base, currentNumber: 'A001' })).toMatchObject({
      currentNumber: 'A001',
      waitingForServices: 0,
      transferredHere: 0,
    });
  });

  it('counts the listed transfers when the server sends no count', () => {
    const waiting = [ticket('B001', 'quay-1'), ticket('B002', 'quay-2')];
    expect(
      closeCounterNotice({ ...base, waiting, waitingCount: 1, transferredHereCount: undefined }),
    ).toMatchObject({ waitingForServices: 0, transferredHere: 1 });
  });
});

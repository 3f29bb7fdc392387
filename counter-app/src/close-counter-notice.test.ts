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
  serviceIds: ['ho-tich'],
  currentNumber: null,
  waiting: [],
  waitingCount: 0,
  transferredHereCount: 0,
  servicesOnlyHere: [],
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
      coveredServiceIds: [],
      uncalled: [],
      transferredHere: 2,
      transferredHereUncalled: 0,
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

  it('sets apart the queues no other counter serves, those transferred here included', () => {
    // Quầy 2 serves civil status and certification; nobody else is open for civil status, and
    // one land file (a service quầy 2 does not serve) was sent to it, with no land counter open.
    const notice = closeCounterNotice({
      ...base,
      counterId: 'quay-2',
      serviceIds: ['ho-tich', 'chung-thuc'],
      waitingCount: 9,
      transferredHereCount: 3,
      servicesOnlyHere: [
        { serviceId: 'ho-tich', waiting: 4, transferredHere: 1 },
        { serviceId: 'dat-dai', waiting: 1, transferredHere: 1 },
      ],
    });
    expect(notice).toMatchObject({
      // 9 waiting, 3 of them transferred here, 3 more civil status: 3 certification left.
      waitingForServices: 3,
      coveredServiceIds: ['chung-thuc'],
      uncalled: [
        { serviceId: 'ho-tich', waiting: 4 },
        { serviceId: 'dat-dai', waiting: 1 },
      ],
      transferredHere: 3,
      transferredHereUncalled: 2,
    });
  });

  it('leaves out a queue nobody else serves when nobody waits in it', () => {
    const notice = closeCounterNotice({
      ...base,
      waitingCount: 2,
      servicesOnlyHere: [{ serviceId: 'ho-tich', waiting: 0, transferredHere: 0 }],
      serviceIds: ['ho-tich', 'chung-thuc'],
    });
    expect(notice).toMatchObject({
      waitingForServices: 2,
      coveredServiceIds: ['chung-thuc'],
      uncalled: [],
    });
  });
});

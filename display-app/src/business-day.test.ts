import { describe, expect, it } from 'vitest';
import type { Call } from '@openops/protocol';
import { callsOfBusinessDay } from './business-day';

const calledAt = (at: string): Call => ({
  ticketId: `t-${at}`,
  ticketNumber: 'A001',
  serviceId: 'ho-tich',
  counterId: 'quay-1',
  counterNumber: 1,
  counterName: 'Quầy 1',
  calledAt: at,
  recall: false,
});

describe('callsOfBusinessDay', () => {
  const zone = 'Asia/Ho_Chi_Minh';
  // 16:30 on 26 November in Ho Chi Minh City, and 07:45 the next morning.
  const evening = calledAt('2026-11-26T09:30:00.000Z');
  const morning = calledAt('2026-11-27T00:45:00.000Z');

  it('drops the calls of an earlier business day, in the centre’s time zone', () => {
    expect(callsOfBusinessDay([evening], '2026-11-27', zone)).toEqual([]);
    expect(callsOfBusinessDay([morning, evening], '2026-11-27', zone)).toEqual([morning]);
  });

  it('keeps the same list while the day has not changed', () => {
    const calls = [evening];
    expect(callsOfBusinessDay(calls, '2026-11-26', zone)).toBe(calls);
  });

  it('keeps calls of a later day than the screen’s clock says, rather than blank the board', () => {
    expect(callsOfBusinessDay([morning], '2026-11-26', zone)).toEqual([morning]);
  });

  it('counts the day at the centre’s midnight, not UTC’s', () => {
    // 23:30 UTC on the 26th is 06:30 on the 27th in Ho Chi Minh City.
    const early = calledAt('2026-11-26T23:30:00.000Z');
    expect(callsOfBusinessDay([early], '2026-11-27', zone)).toEqual([early]);
  });
});

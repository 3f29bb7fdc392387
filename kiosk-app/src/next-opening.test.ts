import { describe, expect, it } from 'vitest';
import { nextOpening, spansToday } from './next-opening';

const zone = 'Asia/Ho_Chi_Minh';
const weekdays = [
  { weekdays: [1, 2, 3, 4, 5], from: '07:30', to: '11:30' },
  { weekdays: [1, 2, 3, 4, 5], from: '13:30', to: '17:00' },
  { weekdays: [6], from: '07:30', to: '11:30' },
];

describe('nextOpening', () => {
  it('is null for a service without opening hours', () => {
    expect(nextOpening(undefined, new Date(), zone)).toBeNull();
    expect(nextOpening([], new Date(), zone)).toBeNull();
  });

  it('finds the afternoon span at lunch time, in the centre time zone', () => {
    // Thursday 26 Nov 2026, 12:00 in Ho Chi Minh City = 05:00 UTC.
    expect(nextOpening(weekdays, new Date('2026-11-26T05:00:00Z'), zone)).toEqual({
      day: '2026-11-26',
      weekday: 4,
      from: '13:30',
    });
  });

  it('goes to the next day in the evening', () => {
    // Thursday 18:00 local.
    expect(nextOpening(weekdays, new Date('2026-11-26T11:00:00Z'), zone)).toEqual({
      day: '2026-11-27',
      weekday: 5,
      from: '07:30',
    });
  });

  it('skips Sunday to Monday', () => {
    // Saturday 28 Nov 2026, 12:00 local.
    expect(nextOpening(weekdays, new Date('2026-11-28T05:00:00Z'), zone)).toEqual({
      day: '2026-11-30',
      weekday: 1,
      from: '07:30',
    });
  });

  it('uses the local day, not the UTC one, just after local midnight', () => {
    // Friday 27 Nov 00:30 local is still Thursday 17:30 in UTC.
    expect(nextOpening(weekdays, new Date('2026-11-26T17:30:00Z'), zone)).toEqual({
      day: '2026-11-27',
      weekday: 5,
      from: '07:30',
    });
  });

  it('skips the rest of today for a service whose numbers are used up', () => {
    // Thursday 09:00 local: the afternoon span today gives no more numbers.
    expect(
      nextOpening(weekdays, new Date('2026-11-26T02:00:00Z'), zone, { fromTomorrow: true }),
    ).toEqual({ day: '2026-11-27', weekday: 5, from: '07:30' });
  });
});

describe('spansToday', () => {
  it("lists today's spans in the centre time zone", () => {
    expect(spansToday(weekdays, new Date('2026-11-26T05:00:00Z'), zone)).toEqual([
      '07:30–11:30',
      '13:30–17:00',
    ]);
    // Sunday: none.
    expect(spansToday(weekdays, new Date('2026-11-29T05:00:00Z'), zone)).toEqual([]);
    expect(spansToday(undefined, new Date(), zone)).toEqual([]);
  });
});

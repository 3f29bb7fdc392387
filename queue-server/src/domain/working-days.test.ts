import { describe, expect, it } from 'vitest';
import type { Calendar } from '@openops/protocol';
import { isWorkingDay, isoWeekdayOf, returnDateOf } from './working-days';

const calendar: Calendar = {
  workingWeekdays: [1, 2, 3, 4, 5],
  // Quốc khánh 2026: Tuesday 1 and Wednesday 2 September.
  holidays: ['2026-09-01', '2026-09-02', '2026-12-31'],
  // A Saturday worked to make up for a bridge day.
  extraWorkingDays: ['2026-09-05'],
};

describe('working-day calendar', () => {
  it('knows ISO weekdays', () => {
    expect(isoWeekdayOf('2026-11-26')).toBe(4); // Thursday
    expect(isoWeekdayOf('2026-11-29')).toBe(7); // Sunday
  });

  it.each([
    ['a Thursday', '2026-11-26', true],
    ['a Saturday', '2026-11-28', false],
    ['a holiday on a Tuesday', '2026-09-01', false],
    ['a make-up Saturday', '2026-09-05', true],
  ])('%s works: %s', (_label, day, expected) => {
    expect(isWorkingDay(day, calendar)).toBe(expected);
  });

  it.each([
    ['0 days is the same day', '2026-11-26', 0, '2026-11-26'],
    ['0 days on a Saturday is still that day', '2026-11-28', 0, '2026-11-28'],
    ['1 day from Thursday is Friday', '2026-11-26', 1, '2026-11-27'],
    ['1 day from Friday skips the weekend', '2026-11-27', 1, '2026-11-30'],
    ['3 days from Thursday ends Tuesday', '2026-11-26', 3, '2026-12-01'],
    ['received on Saturday counts from Monday', '2026-11-28', 1, '2026-11-30'],
    ['holidays are skipped', '2026-08-31', 1, '2026-09-03'],
    ['make-up days count', '2026-09-03', 2, '2026-09-05'],
    ['year end holiday and new year', '2026-12-30', 2, '2027-01-04'],
    ['15 working days', '2026-11-02', 15, '2026-11-23'],
  ])('%s', (_label, received, days, expected) => {
    expect(returnDateOf(received, days, calendar)).toBe(expected);
  });

  it('refuses bad input rather than guessing', () => {
    expect(() => returnDateOf('2026-02-30', 1, calendar)).toThrow(RangeError);
    expect(() => returnDateOf('2026-11-26', -1, calendar)).toThrow(RangeError);
    expect(() =>
      returnDateOf('2026-11-26', 1, { workingWeekdays: [1], holidays: [], extraWorkingDays: [] }),
    ).not.toThrow();
  });
});

import { describe, expect, it } from 'vitest';
import type { IssuingRules } from './issuing-hours';
import { nextIssuingOpening } from './next-issuing';

const rules: IssuingRules = {
  timeZone: 'Asia/Ho_Chi_Minh',
  calendar: {
    workingWeekdays: [1, 2, 3, 4, 5],
    // Tết 2026: Monday 16 to Friday 20 February; Quốc khánh, Wednesday 2 September.
    holidays: ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-09-02'],
    extraWorkingDays: [],
  },
};
const office = {
  openingHours: [
    { weekdays: [1, 2, 3, 4, 5], from: '07:30', to: '11:30' },
    { weekdays: [1, 2, 3, 4, 5], from: '13:30', to: '17:00' },
    { weekdays: [6], from: '07:30', to: '11:30' },
  ],
};
const at = (day: string, time: string): Date => new Date(`${day}T${time}:00+07:00`);

describe('the next time a service gives out numbers', () => {
  it('is later today between spans, and the next day after the last', () => {
    expect(nextIssuingOpening(at('2026-11-26', '12:00'), office, rules)).toEqual({
      day: '2026-11-26',
      weekday: 4,
      from: '13:30',
    });
    expect(nextIssuingOpening(at('2026-11-26', '17:30'), office, rules)).toEqual({
      day: '2026-11-27',
      weekday: 5,
      from: '07:30',
    });
  });

  it('skips a holiday, not "this afternoon" on it', () => {
    expect(nextIssuingOpening(at('2026-09-02', '09:00'), office, rules)).toEqual({
      day: '2026-09-03',
      weekday: 4,
      from: '07:30',
    });
    // Saturday 14 February at noon: its morning is over, and Tết's week off is skipped.
    expect(nextIssuingOpening(at('2026-02-14', '12:00'), office, rules)).toEqual({
      day: '2026-02-21',
      weekday: 6,
      from: '07:30',
    });
  });

  it('follows the policies: days off closed, holidays open', () => {
    const closedOnDaysOff = { ...rules, closedOnNonWorkingDays: true };
    // Friday evening: Saturday is a day off, so Monday.
    expect(nextIssuingOpening(at('2026-11-27', '18:00'), office, closedOnDaysOff)).toEqual({
      day: '2026-11-30',
      weekday: 1,
      from: '07:30',
    });
    const openOnHolidays = { ...rules, issueOnHolidays: true };
    expect(nextIssuingOpening(at('2026-09-02', '12:00'), office, openOnHolidays)).toEqual({
      day: '2026-09-02',
      weekday: 3,
      from: '13:30',
    });
  });

  it('names the next open day, with no hour, for a service without hours', () => {
    // Quốc khánh (a holiday), then Thursday: numbers all day from then.
    expect(nextIssuingOpening(at('2026-09-02', '09:00'), {}, rules)).toEqual({
      day: '2026-09-03',
      weekday: 4,
      from: null,
    });
    expect(
      nextIssuingOpening(at('2026-09-03', '09:00'), {}, rules, { fromTomorrow: true }),
    ).toEqual({ day: '2026-09-04', weekday: 5, from: null });
  });
});

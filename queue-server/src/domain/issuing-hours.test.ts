import { describe, expect, it } from 'vitest';
import { demoCentre } from '../config/demo-centre';
import { canIssueAt, issuingClosure, issuingRulesOf, type IssuingRules } from './issuing-hours';

const rules: IssuingRules = {
  timeZone: 'Asia/Ho_Chi_Minh',
  calendar: { workingWeekdays: [1, 2, 3, 4, 5], holidays: ['2026-09-02'], extraWorkingDays: [] },
};
const saturdayMornings = {
  openingHours: [
    { weekdays: [1, 2, 3, 4, 5], from: '07:30', to: '17:00' },
    { weekdays: [6], from: '07:30', to: '11:30' },
  ],
};
const at = (day: string, time: string): Date => new Date(`${day}T${time}:00+07:00`);

describe('issuingClosure', () => {
  it('refuses a day off only when the centre closes on days off', () => {
    // Saturday 21 November 2026, outside the working weekdays, within the Saturday hours.
    expect(issuingClosure(at('2026-11-21', '09:00'), saturdayMornings, rules)).toBeNull();
    expect(
      issuingClosure(at('2026-11-21', '09:00'), saturdayMornings, {
        ...rules,
        closedOnNonWorkingDays: true,
      }),
    ).toBe('non-working-day');
    expect(issuingClosure(at('2026-11-21', '12:00'), saturdayMornings, rules)).toBe(
      'outside-hours',
    );
  });

  it('refuses a public holiday unless the centre takes tickets on holidays', () => {
    // Wednesday 2 September 2026, National Day: a weekday, within the hours.
    expect(issuingClosure(at('2026-09-02', '09:00'), saturdayMornings, rules)).toBe('holiday');
    expect(canIssueAt(at('2026-09-02', '03:00'), {}, rules)).toBe(false);
    const openOnHolidays = { ...rules, issueOnHolidays: true };
    expect(canIssueAt(at('2026-09-02', '03:00'), {}, openOnHolidays)).toBe(true);
    expect(
      canIssueAt(
        at('2026-09-02', '03:00'),
        {},
        { ...openOnHolidays, closedOnNonWorkingDays: true },
      ),
    ).toBe(false);
    // A holiday that is also a make-up working day is worked.
    const madeUp = { ...rules, calendar: { ...rules.calendar, extraWorkingDays: ['2026-09-02'] } };
    expect(canIssueAt(at('2026-09-02', '03:00'), {}, madeUp)).toBe(true);
    // The day after is an ordinary Thursday.
    expect(canIssueAt(at('2026-09-03', '09:00'), saturdayMornings, rules)).toBe(true);
  });

  it('reads the policy from the configuration: days off open, holidays closed by default', () => {
    expect(issuingRulesOf(demoCentre)).toMatchObject({
      timeZone: 'Asia/Ho_Chi_Minh',
      closedOnNonWorkingDays: false,
      // The demo centre takes tickets whenever it is shown.
      issueOnHolidays: true,
    });
    expect(issuingRulesOf({ ...demoCentre, queuePolicy: {} }).issueOnHolidays).toBe(false);
    expect(
      issuingRulesOf({ ...demoCentre, queuePolicy: { closedOnNonWorkingDays: true } })
        .closedOnNonWorkingDays,
    ).toBe(true);
    expect(issuingRulesOf({ ...demoCentre, queuePolicy: undefined }).closedOnNonWorkingDays).toBe(
      false,
    );
  });
});

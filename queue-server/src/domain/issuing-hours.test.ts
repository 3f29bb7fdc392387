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
    // A service without hours takes tickets on a holiday, unless the centre closes on days off.
    expect(canIssueAt(at('2026-09-02', '03:00'), {}, rules)).toBe(true);
    expect(
      canIssueAt(at('2026-09-02', '03:00'), {}, { ...rules, closedOnNonWorkingDays: true }),
    ).toBe(false);
  });

  it('reads the policy from the configuration, off by default', () => {
    expect(issuingRulesOf(demoCentre)).toMatchObject({
      timeZone: 'Asia/Ho_Chi_Minh',
      closedOnNonWorkingDays: false,
    });
    expect(
      issuingRulesOf({ ...demoCentre, queuePolicy: { closedOnNonWorkingDays: true } })
        .closedOnNonWorkingDays,
    ).toBe(true);
    expect(issuingRulesOf({ ...demoCentre, queuePolicy: undefined }).closedOnNonWorkingDays).toBe(
      false,
    );
  });
});

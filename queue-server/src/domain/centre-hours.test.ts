import { describe, expect, it } from 'vitest';
import { isCentreAtWork, isCounterAtWork, type CentreHours } from './centre-hours';

const office = [
  { weekdays: [1, 2, 3, 4, 5], from: '07:30', to: '11:30' },
  { weekdays: [1, 2, 3, 4, 5], from: '13:30', to: '17:00' },
];
const centre: CentreHours = {
  timeZone: 'Asia/Ho_Chi_Minh',
  calendar: {
    workingWeekdays: [1, 2, 3, 4, 5],
    holidays: ['2026-09-02'],
    extraWorkingDays: ['2026-11-28'],
  },
  services: [
    { id: 'ho-tich', openingHours: office },
    { id: 'chung-thuc', openingHours: [{ weekdays: [6], from: '07:30', to: '11:30' }] },
  ],
};
const closedOnDaysOff: CentreHours = { ...centre, closedOnNonWorkingDays: true };
/** An instant at a local time in Ho Chi Minh City (UTC+7, no daylight saving). */
const at = (day: string, time: string): Date => new Date(`${day}T${time}:00+07:00`);

describe('isCentreAtWork', () => {
  it.each([
    // Thursday 26 November 2026.
    ['2026-11-26', '07:29', false, false],
    ['2026-11-26', '07:30', true, true],
    ['2026-11-26', '12:00', false, false],
    ['2026-11-26', '16:59', true, true],
    ['2026-11-26', '17:00', false, false],
    ['2026-11-26', '22:00', false, false],
    // A holiday on a Wednesday, within the hours: no tickets (see the holiday test below).
    ['2026-09-02', '09:00', false, false],
    // A Saturday the calendar makes a working day, and a service open on Saturday mornings.
    ['2026-11-28', '09:00', true, true],
    // A Saturday the calendar leaves off (it does not count towards return dates): the Saturday
    // hours open it, as they open issuing, unless the centre closes on days off.
    ['2026-11-21', '09:00', true, false],
    ['2026-11-21', '14:00', false, false],
  ])('%s at %s: %s by default, %s when closed on days off', (day, time, byDefault, closed) => {
    expect(isCentreAtWork(at(day, time), centre)).toBe(byDefault);
    expect(isCentreAtWork(at(day, time), closedOnDaysOff)).toBe(closed);
  });

  it('is at work on a holiday only when the centre takes tickets on holidays', () => {
    const openOnHolidays: CentreHours = { ...centre, issueOnHolidays: true };
    expect(isCentreAtWork(at('2026-09-02', '09:00'), openOnHolidays)).toBe(true);
    expect(
      isCentreAtWork(at('2026-09-02', '09:00'), {
        ...openOnHolidays,
        closedOnNonWorkingDays: true,
      }),
    ).toBe(false);
  });

  it('is always at work with a service without hours, never on a day off it closes', () => {
    const always = { ...centre, services: [{ id: 'ho-tich', openingHours: office }, { id: 'x' }] };
    expect(isCentreAtWork(at('2026-11-26', '22:00'), always)).toBe(true);
    expect(isCentreAtWork(at('2026-11-22', '09:00'), always)).toBe(true);
    expect(
      isCentreAtWork(at('2026-11-22', '09:00'), { ...always, closedOnNonWorkingDays: true }),
    ).toBe(false);
  });
});

describe('isCounterAtWork', () => {
  it('follows the services the counter serves, not the centre', () => {
    const weekdays = { serviceIds: ['ho-tich'] };
    const both = { serviceIds: ['ho-tich', 'chung-thuc'] };
    // Saturday 21 November, 09:00: only the Saturday service takes tickets.
    expect(isCounterAtWork(at('2026-11-21', '09:00'), weekdays, centre)).toBe(false);
    expect(isCounterAtWork(at('2026-11-21', '09:00'), both, centre)).toBe(true);
    expect(isCounterAtWork(at('2026-11-26', '09:00'), weekdays, centre)).toBe(true);
    expect(isCounterAtWork(at('2026-11-26', '22:00'), both, centre)).toBe(false);
    expect(isCounterAtWork(at('2026-11-26', '09:00'), { serviceIds: ['gone'] }, centre)).toBe(
      false,
    );
  });
});

import { describe, expect, it } from 'vitest';
import { isCentreAtWork, type CentreHours } from './centre-hours';

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
    { openingHours: office },
    { openingHours: [{ weekdays: [6], from: '07:30', to: '11:30' }] },
  ],
};
/** An instant at a local time in Ho Chi Minh City (UTC+7, no daylight saving). */
const at = (day: string, time: string): Date => new Date(`${day}T${time}:00+07:00`);

describe('isCentreAtWork', () => {
  it.each([
    // Thursday 26 November 2026.
    ['2026-11-26', '07:29', false],
    ['2026-11-26', '07:30', true],
    ['2026-11-26', '12:00', false],
    ['2026-11-26', '16:59', true],
    ['2026-11-26', '17:00', false],
    ['2026-11-26', '22:00', false],
    // A holiday on a Wednesday, within the hours.
    ['2026-09-02', '09:00', false],
    // A Saturday the calendar makes a working day, and a service open on Saturday mornings.
    ['2026-11-28', '09:00', true],
    // A Saturday the calendar leaves off: the Saturday hours do not open it.
    ['2026-11-21', '09:00', false],
  ])('%s at %s: %s', (day, time, atWork) => {
    expect(isCentreAtWork(at(day, time), centre)).toBe(atWork);
  });

  it('counts the whole working day when a service has no hours, never a day off', () => {
    const always = { ...centre, services: [{ openingHours: office }, {}] };
    expect(isCentreAtWork(at('2026-11-26', '22:00'), always)).toBe(true);
    expect(isCentreAtWork(at('2026-11-22', '09:00'), always)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { isWithinOpeningHours, localTime } from './opening-hours';

const hours = [
  { weekdays: [1, 2, 3, 4, 5], from: '07:30', to: '11:30' },
  { weekdays: [1, 2, 3, 4, 5], from: '13:30', to: '17:00' },
  { weekdays: [6], from: '07:30', to: '11:30' },
];

describe('opening hours', () => {
  it('reads local time in the centre time zone', () => {
    // 2026-11-26T00:30Z is Thursday 07:30 in Ho Chi Minh City.
    expect(localTime(new Date('2026-11-26T00:30:00Z'), 'Asia/Ho_Chi_Minh')).toEqual({
      weekday: 4,
      date: '2026-11-26',
      time: '07:30',
    });
  });
  it.each([
    [4, '07:29', false],
    [4, '07:30', true],
    [4, '11:29', true],
    [4, '11:30', false],
    [4, '12:00', false],
    [4, '16:59', true],
    [6, '09:00', true],
    [6, '14:00', false],
    [7, '09:00', false],
  ])('weekday %i at %s open: %s', (weekday, time, open) => {
    expect(isWithinOpeningHours(hours, { weekday, time })).toBe(open);
  });
  it('is always open without configured hours', () => {
    expect(isWithinOpeningHours(undefined, { weekday: 7, time: '03:00' })).toBe(true);
  });
});

describe('local time', () => {
  it('turns with the minute and keeps zones apart, asked in any order', () => {
    const before = new Date('2026-11-26T01:59:59.999Z');
    const after = new Date('2026-11-26T02:00:00.000Z');
    expect(localTime(before, 'Asia/Ho_Chi_Minh').time).toBe('08:59');
    expect(localTime(after, 'Asia/Ho_Chi_Minh').time).toBe('09:00');
    expect(localTime(after, 'Europe/London')).toEqual({
      weekday: 4,
      date: '2026-11-26',
      time: '02:00',
    });
    expect(localTime(before, 'Asia/Ho_Chi_Minh').time).toBe('08:59');
    // Kolkata's offset is +05:30: the minute, not the hour, is what a cached answer keys on.
    expect(localTime(new Date('2026-11-26T18:29:59Z'), 'Asia/Kolkata')).toEqual({
      weekday: 4,
      date: '2026-11-26',
      time: '23:59',
    });
    expect(localTime(new Date('2026-11-26T18:30:00Z'), 'Asia/Kolkata')).toEqual({
      weekday: 5,
      date: '2026-11-27',
      time: '00:00',
    });
  });
});

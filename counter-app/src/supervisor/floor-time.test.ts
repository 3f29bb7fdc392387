import { describe, expect, it } from 'vitest';
import { clockTime, dayTime } from './floor-time';

const clock = { timeZone: 'Asia/Ho_Chi_Minh', businessDay: '2026-11-27' };

describe('floor times', () => {
  it("shows a time of the day in the centre's time zone, whatever the language", () => {
    expect(clockTime('2026-11-27T02:31:05.000Z', clock.timeZone)).toBe('09:31:05');
    expect(clockTime('2026-11-27T02:31:05.000Z', clock.timeZone, 'en')).toBe('09:31:05');
    expect(dayTime('2026-11-27T02:31:05.000Z', clock, 'vi')).toBe('09:31:05');
    expect(dayTime('2026-11-27T02:31:05.000Z', clock, 'en')).toBe('09:31:05');
    expect(dayTime(null, clock, 'en')).toBe('—');
  });

  it('gives an earlier day its date, the English way in English', () => {
    // 23:05 on the 26th in Hanoi: still the 26th there, though 16:05 UTC.
    const earlier = '2026-11-26T16:05:00.000Z';
    expect(dayTime(earlier, clock, 'en')).toBe('26 Nov, 23:05');
    const vietnamese = dayTime(earlier, clock, 'vi');
    expect(vietnamese).toContain('23:05');
    expect(vietnamese).toContain('26');
  });
});

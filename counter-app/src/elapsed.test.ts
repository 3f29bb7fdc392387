import { describe, expect, it } from 'vitest';
import {
  formatDay,
  formatDayWithWeekday,
  formatElapsed,
  formatMinutesSeconds,
  minutesSince,
} from './elapsed';

describe('elapsed time', () => {
  it('formats minutes and seconds, then hours', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(65_400)).toBe('1:05');
    expect(formatElapsed(3_725_000)).toBe('1:02:05');
    expect(formatElapsed(-5_000)).toBe('0:00');
  });

  it('keeps counting minutes past the hour where the column says minutes:seconds', () => {
    expect(formatMinutesSeconds(0)).toBe('0:00');
    expect(formatMinutesSeconds(65_400)).toBe('1:05');
    expect(formatMinutesSeconds(5_717_000)).toBe('95:17');
    expect(formatMinutesSeconds(-5_000)).toBe('0:00');
  });

  it('writes business days the Vietnamese way', () => {
    expect(formatDay('2026-11-26')).toBe('26/11/2026');
    expect(formatDay('khong-phai')).toBe('khong-phai');
    expect(formatDayWithWeekday('2026-12-31')).toBe('31/12/2026 (Thứ Năm)');
    expect(formatDayWithWeekday('2027-01-03')).toBe('03/01/2027 (Chủ nhật)');
    expect(formatDayWithWeekday('khong-phai')).toBe('khong-phai');
  });

  it('counts whole minutes waited', () => {
    const now = Date.parse('2026-11-26T03:10:30.000Z');
    expect(minutesSince('2026-11-26T03:00:00.000Z', now)).toBe(10);
    expect(minutesSince('2026-11-26T03:20:00.000Z', now)).toBe(0);
  });
});

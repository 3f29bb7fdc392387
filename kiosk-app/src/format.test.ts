import { describe, expect, it } from 'vitest';
import { ageOf, dayIn, daysBetween, feeText, formatDay, timelinessOf } from './format';

/** Text as read, with the spaces a wrap never breaks at shown as plain spaces. */
const read = (text: string): string => text.replace(/\u00a0/g, ' ');

describe('kiosk formatting', () => {
  it('writes days the Vietnamese way', () => {
    expect(formatDay('2023-10-27')).toBe('27/10/2023');
  });

  it('writes a fee in dong as the counter and the receipt do, in either language', () => {
    const flat = { name: 'Lệ phí cấp phép', amountVnd: 75000 };
    expect(feeText(flat, 'vi', 'Miễn phí')).toBe('75.000\u00a0đ');
    expect(read(feeText(flat, 'en', 'Free'))).toBe('75.000 đ');
    const perPage = { name: 'Phí chứng thực', amountVnd: 2000, per: 'page' } as const;
    expect(read(feeText(perPage, 'vi', 'Miễn phí'))).toBe('2.000 đ/trang');
    expect(read(feeText(perPage, 'en', 'Free'))).toBe('2.000 đ/page');
  });

  it('says a fee of nothing in words', () => {
    expect(feeText({ name: 'Lệ phí', amountVnd: 0 }, 'en', 'Free')).toBe('Free');
    expect(feeText({ name: 'Lệ phí', amountVnd: 0, per: 'copy' }, 'vi', 'Miễn phí')).toBe(
      'Miễn phí',
    );
  });

  it('takes the business day in the centre time zone, not UTC', () => {
    // 18:30 UTC is already the next day in Ho Chi Minh City (UTC+7).
    expect(dayIn(new Date('2026-11-26T18:30:00Z'), 'Asia/Ho_Chi_Minh')).toBe('2026-11-27');
    expect(dayIn(new Date('2026-11-26T16:59:00Z'), 'Asia/Ho_Chi_Minh')).toBe('2026-11-26');
  });

  it('counts calendar days across months', () => {
    expect(daysBetween('2026-10-30', '2026-11-02')).toBe(3);
    expect(daysBetween('2026-11-02', '2026-10-30')).toBe(-3);
  });

  it.each([
    ['2026-11-27', '2026-11-26', { kind: 'on-time' }],
    ['2026-11-26', '2026-11-26', { kind: 'due-today' }],
    ['2026-11-24', '2026-11-26', { kind: 'late', days: 2 }],
  ] as const)('return date %s seen on %s', (returnDate, today, expected) => {
    expect(timelinessOf(returnDate, today)).toEqual(expected);
  });

  it.each([
    [0, { unit: 'under-a-minute', count: 0 }],
    [59, { unit: 'under-a-minute', count: 0 }],
    [125, { unit: 'minutes', count: 2 }],
    [7200, { unit: 'hours', count: 2 }],
    [200_000, { unit: 'days', count: 2 }],
  ] as const)('an age of %d s reads %o', (seconds, expected) => {
    expect(ageOf(seconds)).toEqual(expected);
  });
});

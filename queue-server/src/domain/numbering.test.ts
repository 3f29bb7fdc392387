import { describe, expect, it } from 'vitest';
import { formatTicketNumber, nextSequence } from './numbering';
import { businessDayOf } from './business-day';

describe('formatTicketNumber', () => {
  it.each([
    ['A', 1, 'A001'],
    ['B', 25, 'B025'],
    ['C', 999, 'C999'],
    ['D', 1000, 'D1000'],
    ['AB', 7, 'AB007'],
  ])('%s + %i → %s', (prefix, sequence, expected) => {
    expect(formatTicketNumber(prefix, sequence)).toBe(expected);
  });
});

describe('nextSequence', () => {
  it('starts a day at 1', () => {
    expect(nextSequence(0, null)).toEqual({ ok: true, sequence: 1 });
  });
  it('increases by one', () => {
    expect(nextSequence(41, 300)).toEqual({ ok: true, sequence: 42 });
  });
  it('allows the limit itself and refuses past it', () => {
    expect(nextSequence(299, 300)).toEqual({ ok: true, sequence: 300 });
    expect(nextSequence(300, 300)).toEqual({
      ok: false,
      reason: 'daily-limit-reached',
      limit: 300,
    });
  });
});

describe('businessDayOf', () => {
  it('rolls over at midnight in Ho Chi Minh City, not UTC', () => {
    // 16:59:59 UTC is 23:59:59 in UTC+7; one second later the new day starts.
    expect(businessDayOf(new Date('2026-11-26T16:59:59Z'), 'Asia/Ho_Chi_Minh')).toBe('2026-11-26');
    expect(businessDayOf(new Date('2026-11-26T17:00:00Z'), 'Asia/Ho_Chi_Minh')).toBe('2026-11-27');
  });
  it('follows a configured time zone', () => {
    expect(businessDayOf(new Date('2026-11-26T17:00:00Z'), 'UTC')).toBe('2026-11-26');
  });
  it('turns at the last millisecond before midnight, asked again and again, zone by zone', () => {
    const before = new Date('2026-11-26T16:59:59.999Z');
    const after = new Date('2026-11-26T17:00:00.000Z');
    expect(businessDayOf(before, 'Asia/Ho_Chi_Minh')).toBe('2026-11-26');
    expect(businessDayOf(before, 'Asia/Ho_Chi_Minh')).toBe('2026-11-26');
    expect(businessDayOf(after, 'Asia/Ho_Chi_Minh')).toBe('2026-11-27');
    expect(businessDayOf(after, 'UTC')).toBe('2026-11-26');
    expect(businessDayOf(before, 'Asia/Ho_Chi_Minh')).toBe('2026-11-26');
    // A half-hour zone: Kolkata's midnight falls at 18:30 UTC.
    expect(businessDayOf(new Date('2026-11-26T18:29:59.999Z'), 'Asia/Kolkata')).toBe('2026-11-26');
    expect(businessDayOf(new Date('2026-11-26T18:30:00.000Z'), 'Asia/Kolkata')).toBe('2026-11-27');
  });
});

import { describe, expect, it } from 'vitest';
import { businessDayOf } from './business-day';
import { localDayBounds } from './local-day';

const iso = (bounds: { start: Date; end: Date }) => [
  bounds.start.toISOString(),
  bounds.end.toISOString(),
];

describe('localDayBounds', () => {
  it('gives a Vietnamese day from 17:00 UTC the day before to 17:00 UTC', () => {
    expect(iso(localDayBounds('2026-11-26', 'Asia/Ho_Chi_Minh'))).toEqual([
      '2026-11-25T17:00:00.000Z',
      '2026-11-26T17:00:00.000Z',
    ]);
  });

  it('follows a zone whose clocks change that day: 23 hours in spring, 25 in autumn', () => {
    expect(iso(localDayBounds('2026-03-29', 'Europe/Berlin'))).toEqual([
      '2026-03-28T23:00:00.000Z',
      '2026-03-29T22:00:00.000Z',
    ]);
    expect(iso(localDayBounds('2026-10-25', 'Europe/Berlin'))).toEqual([
      '2026-10-24T22:00:00.000Z',
      '2026-10-25T23:00:00.000Z',
    ]);
  });

  it('agrees with businessDayOf at both edges, east and west of UTC', () => {
    for (const zone of ['Asia/Ho_Chi_Minh', 'America/New_York', 'Pacific/Kiritimati', 'UTC']) {
      const { start, end } = localDayBounds('2026-11-26', zone);
      expect(businessDayOf(start, zone)).toBe('2026-11-26');
      expect(businessDayOf(new Date(start.getTime() - 1), zone)).toBe('2026-11-25');
      expect(businessDayOf(new Date(end.getTime() - 1), zone)).toBe('2026-11-26');
      expect(businessDayOf(end, zone)).toBe('2026-11-27');
    }
  });
});

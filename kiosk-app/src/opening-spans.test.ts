import { describe, expect, it } from 'vitest';
import { spansToday } from './opening-spans';

const zone = 'Asia/Ho_Chi_Minh';
const weekdays = [
  { weekdays: [1, 2, 3, 4, 5], from: '07:30', to: '11:30' },
  { weekdays: [1, 2, 3, 4, 5], from: '13:30', to: '17:00' },
  { weekdays: [6], from: '07:30', to: '11:30' },
];

describe('spansToday', () => {
  it("lists today's spans in the centre time zone", () => {
    expect(spansToday(weekdays, new Date('2026-11-26T05:00:00Z'), zone)).toEqual([
      '07:30–11:30',
      '13:30–17:00',
    ]);
    // Sunday: none.
    expect(spansToday(weekdays, new Date('2026-11-29T05:00:00Z'), zone)).toEqual([]);
    expect(spansToday(undefined, new Date(), zone)).toEqual([]);
  });
});

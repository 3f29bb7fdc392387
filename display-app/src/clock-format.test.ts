import { describe, expect, it } from 'vitest';
import { createClockFormat } from './clock-format';

describe('createClockFormat', () => {
  const hoChiMinh = createClockFormat('Asia/Ho_Chi_Minh');

  it('shows the centre’s local time and date, 24-hour', () => {
    expect(hoChiMinh(new Date('2026-11-26T00:05:00Z'))).toEqual({
      time: '07:05',
      date: 'Thứ Năm, 26/11/2026',
    });
  });

  it('turns the date at the centre’s midnight, not UTC’s', () => {
    expect(hoChiMinh(new Date('2026-11-26T17:30:00Z'))).toEqual({
      time: '00:30',
      date: 'Thứ Sáu, 27/11/2026',
    });
  });
});

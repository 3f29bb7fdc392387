import { describe, expect, it } from 'vitest';
import { holidayInWords } from './holiday-day';

describe('a holiday in the list', () => {
  it('reads with its weekday in the language shown, the date written day/month/year', () => {
    expect(holidayInWords('2026-12-31', 'vi')).toBe('31/12/2026 (Thứ Năm)');
    expect(holidayInWords('2026-12-31', 'en')).toBe('31/12/2026 (Thursday)');
    expect(holidayInWords('2026-09-02', 'en')).toBe('02/09/2026 (Wednesday)');
  });
});

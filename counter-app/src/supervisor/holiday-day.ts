import type { Language } from '@openops/client';
import { formatDay, formatDayWithWeekday } from '../elapsed';

const englishWeekday = new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'UTC' });

/**
 * A holiday `YYYY-MM-DD` with its weekday, as the holiday list reads it: `31/12/2026 (Thứ Năm)`,
 * `31/12/2026 (Thursday)`. The date is written day/month/year in both languages, as the centre
 * writes it.
 */
export const holidayInWords = (day: string, language: Language): string => {
  if (language === 'vi') return formatDayWithWeekday(day);
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime())
    ? formatDay(day)
    : `${formatDay(day)} (${englishWeekday.format(date)})`;
};

import { isHoliday, isoWeekdayOf, isWorkingDay, utcDateOf, type Calendar } from '@openops/protocol';

const fromUtcDate = (date: Date): string => date.toISOString().slice(0, 10);

/** The next calendar day. Days are plain dates, so no time zone or DST enters here. */
export const addCalendarDays = (day: string, count: number): string => {
  const date = utcDateOf(day);
  date.setUTCDate(date.getUTCDate() + count);
  return fromUtcDate(date);
};

// Shared with the apps (the supervisor's appointment list warns of a closed day by them).
export { isHoliday, isoWeekdayOf, isWorkingDay };

/** Upper bound on calendar days scanned, so a calendar with no working day cannot loop forever. */
const maxScanDays = 3 * 366;

/**
 * The return date (ngày hẹn trả) of a dossier received on `receivedDay` that takes
 * `processingDays` working days: 0 means the same day; otherwise the processing days are
 * counted on the working days after the day of receipt, and the last one is the return date.
 * Throws a RangeError when the calendar has no working day within three years.
 */
export const returnDateOf = (
  receivedDay: string,
  processingDays: number,
  calendar: Calendar,
): string => {
  if (!Number.isInteger(processingDays) || processingDays < 0) {
    throw new RangeError(`processing days must be a whole number >= 0, got ${processingDays}`);
  }
  if (processingDays === 0) return receivedDay;
  let day = receivedDay;
  let remaining = processingDays;
  for (let scanned = 0; scanned < maxScanDays + processingDays * 7; scanned += 1) {
    day = addCalendarDays(day, 1);
    if (isWorkingDay(day, calendar)) {
      remaining -= 1;
      if (remaining === 0) return day;
    }
  }
  throw new RangeError('the working-day calendar has no working day in range');
};

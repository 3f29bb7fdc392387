import type { Calendar } from '@openops/protocol';

const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses `YYYY-MM-DD` as a calendar date, throwing on anything else (callers pass validated days). */
const toUtcDate = (day: string): Date => {
  const match = dayPattern.exec(day);
  if (!match) throw new RangeError(`not a YYYY-MM-DD day: "${day}"`);
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (date.toISOString().slice(0, 10) !== day) throw new RangeError(`no such day: "${day}"`);
  return date;
};

const fromUtcDate = (date: Date): string => date.toISOString().slice(0, 10);

/** ISO weekday of a calendar day: 1 = Monday ... 7 = Sunday. */
export const isoWeekdayOf = (day: string): number => {
  const weekday = toUtcDate(day).getUTCDay();
  return weekday === 0 ? 7 : weekday;
};

/** The next calendar day. Days are plain dates, so no time zone or DST enters here. */
export const addCalendarDays = (day: string, count: number): string => {
  const date = toUtcDate(day);
  date.setUTCDate(date.getUTCDate() + count);
  return fromUtcDate(date);
};

/** Whether a day is one of the calendar's public holidays (a make-up working day is not). */
export const isHoliday = (day: string, calendar: Calendar): boolean =>
  calendar.holidays.includes(day) && !calendar.extraWorkingDays.includes(day);

/**
 * Whether the centre works on a day: a make-up day always works, a holiday never does,
 * otherwise the weekday decides.
 */
export const isWorkingDay = (day: string, calendar: Calendar): boolean => {
  if (calendar.extraWorkingDays.includes(day)) return true;
  if (calendar.holidays.includes(day)) return false;
  return calendar.workingWeekdays.includes(isoWeekdayOf(day));
};

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

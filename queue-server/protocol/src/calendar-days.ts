import type { QueuePolicy } from './centre-model';
import type { Calendar } from './procedures';

const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses `YYYY-MM-DD` as a calendar date, throwing on anything else (callers pass validated days). */
export const utcDateOf = (day: string): Date => {
  const match = dayPattern.exec(day);
  if (!match) throw new RangeError(`not a YYYY-MM-DD day: "${day}"`);
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (date.toISOString().slice(0, 10) !== day) throw new RangeError(`no such day: "${day}"`);
  return date;
};

/** ISO weekday of a calendar day: 1 = Monday ... 7 = Sunday. */
export const isoWeekdayOf = (day: string): number => {
  const weekday = utcDateOf(day).getUTCDay();
  return weekday === 0 ? 7 : weekday;
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

/**
 * Why no ticket is given out at all on a day, or null when the services' hours decide: a public
 * holiday unless `issueOnHolidays`, another day off under `closedOnNonWorkingDays`. The queue
 * issues by it, and the supervisor's appointment list warns by it.
 */
export const closedDayOf = (
  day: string,
  calendar: Calendar,
  policy: Pick<QueuePolicy, 'closedOnNonWorkingDays' | 'issueOnHolidays'> | undefined,
): 'holiday' | 'non-working-day' | null => {
  if (!(policy?.issueOnHolidays ?? false) && isHoliday(day, calendar)) return 'holiday';
  if ((policy?.closedOnNonWorkingDays ?? false) && !isWorkingDay(day, calendar)) {
    return 'non-working-day';
  }
  return null;
};

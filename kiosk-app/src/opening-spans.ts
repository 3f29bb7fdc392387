import type { OpeningHours } from '@openops/protocol';

const weekdays: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** An instant's ISO weekday (1 = Monday) in the centre's time zone. */
const weekdayIn = (instant: Date, timeZone: string): number =>
  weekdays[new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short' }).format(instant)] ?? 1;

/**
 * Today's opening spans in the centre's time zone, in order, as `07:30–11:30`. When tickets are
 * next given out is the server's to say (its refusals name it by the calendar): the kiosk is
 * always served by the server it talks to, so it never words a refusal from weekly hours alone.
 */
export const spansToday = (
  hours: readonly OpeningHours[] | undefined,
  now: Date,
  timeZone: string,
): string[] => {
  const weekday = weekdayIn(now, timeZone);
  const spans = (hours ?? [])
    .filter((span) => span.weekdays.includes(weekday))
    .map((span) => `${span.from}–${span.to}`)
    .sort();
  return [...new Set(spans)];
};

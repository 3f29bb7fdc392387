import { vietnameseWeekdays, type OpeningHours } from '@openops/protocol';

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

type LocalTime = { weekday: number; date: string; time: string };

// Every issued ticket asks for the local time; it changes once a minute (zone offsets are whole
// minutes), so the last answer per zone is kept for its minute.
const lastByZone = new Map<string, { minute: number; local: LocalTime }>();

/** Local weekday (ISO, 1 = Monday), date and `HH:MM` of an instant in a time zone. */
export const localTime = (instant: Date, timeZone: string): LocalTime => {
  const minute = Math.floor(instant.getTime() / 60_000);
  const last = lastByZone.get(timeZone);
  if (last?.minute === minute) return last.local;
  const local = formatLocalTime(instant, timeZone);
  lastByZone.set(timeZone, { minute, local });
  return local;
};

const formatLocalTime = (instant: Date, timeZone: string): LocalTime => {
  let formatter = partsFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      weekday: 'short',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    partsFormatters.set(timeZone, formatter);
  }
  const parts = Object.fromEntries(
    formatter.formatToParts(instant).map((part) => [part.type, part.value]),
  );
  const weekdays = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
  return {
    weekday: weekdays.indexOf(parts.weekday ?? '') + 1,
    date: `${parts.year}-${parts.month}-${parts.day}`,
    time: `${parts.hour}:${parts.minute}`,
  };
};

/** True when the service takes tickets at this local time; no hours configured means always. */
export const isWithinOpeningHours = (
  hours: readonly OpeningHours[] | undefined,
  local: { weekday: number; time: string },
): boolean =>
  hours === undefined ||
  hours.some(
    (span) =>
      span.weekdays.includes(local.weekday) && local.time >= span.from && local.time < span.to,
  );

/** An ISO weekday (1 = Monday) in Vietnamese, as a refusal writes it: "Thứ Bảy". */
export const weekdayName = (weekday: number): string => {
  const name = vietnameseWeekdays[weekday]?.name ?? '';
  return name.charAt(0).toUpperCase() + name.slice(1);
};

/**
 * A service's spans on one weekday as a refusal says them, `07:30–11:30, 13:30–17:00`, never
 * the other days' spans; empty when it gives out no numbers that weekday.
 */
export const weekdaySpansText = (
  hours: readonly OpeningHours[] | undefined,
  weekday: number,
): string => {
  const spans = (hours ?? [])
    .filter((span) => span.weekdays.includes(weekday))
    .map((span) => `${span.from}–${span.to}`)
    .sort();
  return [...new Set(spans)].join(', ');
};

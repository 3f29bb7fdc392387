import type { OpeningHours } from '@openops/protocol';

/** A moment in the centre's time zone: its day, ISO weekday (1 = Monday) and `HH:MM`. */
type LocalMoment = { day: string; weekday: number; time: string };

const weekdays: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

const localMoment = (instant: Date, timeZone: string): LocalMoment => {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  return {
    day: `${parts.year}-${parts.month}-${parts.day}`,
    weekday: weekdays[parts.weekday ?? ''] ?? 1,
    time: `${parts.hour}:${parts.minute}`,
  };
};

const addDays = (day: string, count: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + count * 86_400_000).toISOString().slice(0, 10);

export type NextOpening = { day: string; weekday: number; from: string };

/**
 * When a service next opens for tickets, from its opening hours, in the centre's time zone:
 * later today if a span starts after now, else the first span on the following days. Null when
 * the service has no opening hours (always open) or none within a week. It knows no calendar:
 * a refusal from the server names the next opening by the calendar (holidays skipped), and the
 * kiosk uses that; this serves servers older than that. `fromTomorrow`
 * (default false) skips the rest of today, for a service whose numbers for today are used up.
 */
export const nextOpening = (
  hours: readonly OpeningHours[] | undefined,
  now: Date,
  timeZone: string,
  { fromTomorrow = false }: { fromTomorrow?: boolean } = {},
): NextOpening | null => {
  if (!hours || hours.length === 0) return null;
  const today = localMoment(now, timeZone);
  for (let offset = fromTomorrow ? 1 : 0; offset <= 7; offset += 1) {
    const weekday = ((today.weekday - 1 + offset) % 7) + 1;
    const starts = hours
      .filter((span) => span.weekdays.includes(weekday))
      .map((span) => span.from)
      .filter((from) => offset > 0 || from > today.time)
      .sort();
    const [from] = starts;
    if (from) return { day: addDays(today.day, offset), weekday, from };
  }
  return null;
};

/** Today's opening spans in the centre's time zone, in order, as `07:30–11:30`. */
export const spansToday = (
  hours: readonly OpeningHours[] | undefined,
  now: Date,
  timeZone: string,
): string[] => {
  const { weekday } = localMoment(now, timeZone);
  const spans = (hours ?? [])
    .filter((span) => span.weekdays.includes(weekday))
    .map((span) => `${span.from}–${span.to}`)
    .sort();
  return [...new Set(spans)];
};

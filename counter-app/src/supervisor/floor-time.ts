import type { Language } from '@openops/client';

/** Where a time on the floor is read: the centre's time zone and its current business day. */
export type FloorClock = { timeZone: string; businessDay: string };

/** The locale each language writes times and dates in: 24-hour clocks both. */
export const localeOf = (language: Language): string => (language === 'en' ? 'en-GB' : 'vi-VN');

/**
 * hh:mm:ss in the centre's time zone; a dash for no time. Vietnamese by default (the officer's
 * dossier form reads it too).
 */
export const clockTime = (
  iso: string | null,
  timeZone: string,
  language: Language = 'vi',
): string =>
  iso
    ? new Date(iso).toLocaleTimeString(localeOf(language), {
        timeZone,
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      })
    : '—';

/**
 * A time of the business day as hh:mm:ss; an earlier one (kept across a restart) with its date:
 * "23:05 26-11" in Vietnamese, "26 Nov, 23:05" in English.
 */
export const dayTime = (iso: string | null, clock: FloorClock, language: Language): string => {
  if (!iso) return '—';
  const sameDay =
    new Date(iso).toLocaleDateString('en-CA', { timeZone: clock.timeZone }) === clock.businessDay;
  if (sameDay) return clockTime(iso, clock.timeZone, language);
  return new Date(iso).toLocaleString(localeOf(language), {
    timeZone: clock.timeZone,
    day: language === 'en' ? 'numeric' : '2-digit',
    month: language === 'en' ? 'short' : '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });
};

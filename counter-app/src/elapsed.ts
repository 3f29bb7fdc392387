import { formatBusinessDay } from '@openops/protocol';

/** `m:ss` under an hour, `h:mm:ss` after; negative spans (clock skew) show as 0:00. */
export const formatElapsed = (milliseconds: number): string => {
  const total = Math.max(0, Math.floor(milliseconds / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0
    ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}`
    : `${minutes}:${seconds}`;
};

/**
 * `m:ss` at any length (`95:17`), for columns headed "(phút:giây)", where `1:35:17` would
 * read as one minute thirty-five; negative spans show as 0:00.
 */
export const formatMinutesSeconds = (milliseconds: number): string => {
  const total = Math.max(0, Math.floor(milliseconds / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
};

/** A business day `YYYY-MM-DD` as Vietnamese write dates: `26/11/2026` (the protocol's). */
export const formatDay = formatBusinessDay;

const weekdays = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

/** A business day with its weekday, as a holiday list reads it: `31/12/2026 (Thứ Năm)`. */
export const formatDayWithWeekday = (day: string): string => {
  const weekday = weekdays[new Date(`${day}T00:00:00Z`).getUTCDay()];
  return weekday ? `${formatDay(day)} (${weekday})` : formatDay(day);
};

/** Whole minutes since `sinceIso`, never negative. */
export const minutesSince = (sinceIso: string, now: number): number =>
  Math.max(0, Math.floor((now - Date.parse(sinceIso)) / 60_000));

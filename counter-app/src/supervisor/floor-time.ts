/** Where a time on the floor is read: the centre's time zone and its current business day. */
export type FloorClock = { timeZone: string; businessDay: string };

/** hh:mm:ss in the centre's time zone; a dash for no time. */
export const clockTime = (iso: string | null, timeZone: string): string =>
  iso
    ? new Date(iso).toLocaleTimeString('vi-VN', {
        timeZone,
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      })
    : '—';

/** A time of the business day as hh:mm:ss; an earlier one (kept across a restart) with its date. */
export const dayTime = (iso: string | null, clock: FloorClock): string => {
  if (!iso) return '—';
  const sameDay =
    new Date(iso).toLocaleDateString('en-CA', { timeZone: clock.timeZone }) === clock.businessDay;
  if (sameDay) return clockTime(iso, clock.timeZone);
  return new Date(iso).toLocaleString('vi-VN', {
    timeZone: clock.timeZone,
    day: '2-digit',
    month: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });
};

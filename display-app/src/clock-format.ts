export type ClockText = { time: string; date: string };

/**
 * Formats instants as the wall clock of the centre's time zone ("07:05", "Thứ Năm,
 * 26/11/2026"), whatever zone the screen's PC is set to. Build once per zone: the formatters
 * are reused every second for as long as the screen runs.
 */
export const createClockFormat = (timeZone: string): ((instant: Date) => ClockText) => {
  const time = new Intl.DateTimeFormat('vi-VN', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const date = new Intl.DateTimeFormat('vi-VN', {
    timeZone,
    weekday: 'long',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  });
  return (instant) => ({ time: time.format(instant), date: date.format(instant) });
};

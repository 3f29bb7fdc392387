/** The demo centre's time zone: what its screens show days and times in. */
export const centreZone = 'Asia/Ho_Chi_Minh';

/** An instant's day in the centre, `YYYY-MM-DD`. */
export const centreDay = (instant: Date): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: centreZone }).format(instant);

/** An instant's time in the centre, `HH:MM` on a 24-hour clock. */
export const centreTime = (instant: Date): string =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone: centreZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(instant);

/** `YYYY-MM-DD` as the screens write a day: `dd/MM/yyyy`. */
export const dayMonthYear = (day: string): string => day.split('-').reverse().join('/');

const formatters = new Map<string, Intl.DateTimeFormat>();

const formatterFor = (timeZone: string): Intl.DateTimeFormat => {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // en-CA formats dates as YYYY-MM-DD, the shape business days are stored in
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
};

// Asked several times for every ticket; the answer changes at most once a minute (zone
// offsets are whole minutes), so the last one per zone is kept for its minute.
const lastByZone = new Map<string, { minute: number; day: string }>();

/** The business day (`YYYY-MM-DD`) an instant falls in, at the centre's local midnight. */
export const businessDayOf = (instant: Date, timeZone: string): string => {
  const minute = Math.floor(instant.getTime() / 60_000);
  const last = lastByZone.get(timeZone);
  if (last?.minute === minute) return last.day;
  const day = formatterFor(timeZone).format(instant);
  lastByZone.set(timeZone, { minute, day });
  return day;
};

/** True when the runtime knows the IANA time zone name. */
export const isKnownTimeZone = (timeZone: string): boolean => {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
};

import { useEffect, useState } from 'react';
import { businessDayOf } from '@openops/protocol';

/** How often the day is checked (default 1 s, as the clock ticks). */
export const businessDayTickMs = 1000;

const systemNow = (): Date => new Date();

/**
 * The centre's business day (`YYYY-MM-DD` in `timeZone`) by this screen's clock, checked on
 * every tick: a new value once a day, at the centre's midnight (`now` is injected, default the
 * system clock).
 */
export const useBusinessDay = (
  timeZone: string,
  now: () => Date = systemNow,
  tickMs = businessDayTickMs,
): string => {
  const [day, setDay] = useState(() => businessDayOf(now(), timeZone));
  useEffect(() => {
    const check = (): void => setDay(businessDayOf(now(), timeZone));
    check();
    const timer = setInterval(check, tickMs);
    return () => clearInterval(timer);
  }, [timeZone, now, tickMs]);
  return day;
};

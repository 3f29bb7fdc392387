import { useEffect, useMemo, useState } from 'react';
import { createClockFormat } from './clock-format';

type Props = {
  /** The centre's IANA time zone; the screen shows local time wherever its PC is set. */
  timeZone: string;
  /** Injected clock (default `() => new Date()`). */
  now?: () => Date;
};

const systemNow = (): Date => new Date();

/** Time and date in the centre's zone, Vietnamese format, ticking every second. */
export const Clock = ({ timeZone, now = systemNow }: Props) => {
  const [time, setTime] = useState(now);
  useEffect(() => {
    const timer = setInterval(() => setTime(now()), 1000);
    return () => clearInterval(timer);
  }, [now]);
  const format = useMemo(() => createClockFormat(timeZone), [timeZone]);
  const { time: clock, date } = format(time);
  return (
    <div className="clock" role="timer" aria-label="Đồng hồ">
      <time className="clock-time" dateTime={time.toISOString()}>
        {clock}
      </time>
      <span className="clock-date">{date}</span>
    </div>
  );
};

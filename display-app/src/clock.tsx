import { useEffect, useState } from 'react';

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
  const clock = new Intl.DateTimeFormat('vi-VN', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(time);
  const date = new Intl.DateTimeFormat('vi-VN', {
    timeZone,
    weekday: 'long',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(time);
  return (
    <div className="clock" role="timer" aria-label="Đồng hồ">
      <time className="clock-time" dateTime={time.toISOString()}>
        {clock}
      </time>
      <span className="clock-date">{date}</span>
    </div>
  );
};

import { useEffect, useState } from 'react';

/** The current time, refreshed every `intervalMs` (default 1 s), for timers and waited minutes. */
export const useNow = (intervalMs = 1000, clock: () => number = Date.now): number => {
  const [now, setNow] = useState(clock);
  useEffect(() => {
    const timer = setInterval(() => setNow(clock()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs, clock]);
  return now;
};

import { useEffect, useState } from 'react';

/**
 * The page to show of `count`, moving on every `seconds`; back to the first when the number
 * of pages changes (a service added or removed while the screen runs).
 */
export const usePageCycle = (count: number, seconds: number): number => {
  const [page, setPage] = useState(0);
  useEffect(() => {
    setPage(0);
    if (count <= 1) return undefined;
    const timer = setInterval(() => setPage((current) => (current + 1) % count), seconds * 1000);
    return () => clearInterval(timer);
  }, [count, seconds]);
  return Math.min(page, Math.max(0, count - 1));
};

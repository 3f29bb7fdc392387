import { useEffect, useRef } from 'react';

/** Seconds without a touch or key before the kiosk returns home. Default 60. */
export const defaultIdleSeconds = 60;

/**
 * Calls `onIdle` after `idleMs` without a touch, click or key press while `active`, so the next
 * citizen never finds the previous one's dossier or ID on screen. The wait also starts again
 * whenever `activity` changes (default: never): a scan from a serial or HID scanner arrives
 * through the server with no key press here, and a screen it opens deserves the full wait.
 */
export const useIdleReset = (
  active: boolean,
  idleMs: number,
  onIdle: () => void,
  activity: string | number = 0,
): void => {
  const onIdleRef = useRef(onIdle);
  useEffect(() => {
    onIdleRef.current = onIdle;
  }, [onIdle]);

  useEffect(() => {
    if (!active) return undefined;
    let timer = window.setTimeout(() => onIdleRef.current(), idleMs);
    const restart = (): void => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => onIdleRef.current(), idleMs);
    };
    const events = ['pointerdown', 'keydown', 'wheel'] as const;
    events.forEach((name) => document.addEventListener(name, restart, { capture: true }));
    return () => {
      window.clearTimeout(timer);
      events.forEach((name) => document.removeEventListener(name, restart, { capture: true }));
    };
    // `activity` is not read: a change of it is what restarts the wait.
  }, [active, idleMs, activity]);
};

/** `?idle=<seconds>` (1 to 3600) for a centre that wants another timeout; the default otherwise. */
export const idleMsFrom = (location: { search: string }): number => {
  const seconds = Number(new URLSearchParams(location.search).get('idle'));
  return Number.isInteger(seconds) && seconds >= 1 && seconds <= 3600
    ? seconds * 1000
    : defaultIdleSeconds * 1000;
};

import { useLayoutEffect } from 'react';

/**
 * Scrolls the page to the top whenever `screenKey` changes, before the browser paints, so a
 * screen opened from a scrolled page starts at its title and its "home" button rather than
 * where the last one was left (on a 1280×800 kiosk the home page scrolls).
 */
export const useScrollTop = (screenKey: string): void => {
  useLayoutEffect(() => {
    window.scrollTo(0, 0);
  }, [screenKey]);
};

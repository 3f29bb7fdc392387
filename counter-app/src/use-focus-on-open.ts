import { useEffect, type RefObject } from 'react';

/** The controls a dialog may start on, first in the page's order. */
const controls =
  'input:not(:disabled), select:not(:disabled), textarea:not(:disabled), button:not(:disabled)';

/**
 * A dialog opened by a key (F7, F10, Shift+F1) comes into view and takes the focus on its first
 * control: on a 1366×768 screen it may open below the fold, and the officer's next keys belong
 * to it, not to the field the cursor was in.
 */
export const useFocusOnOpen = (dialog: RefObject<HTMLElement | null>): void => {
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    element.scrollIntoView({ block: 'nearest' });
    // Already in view: focusing must not scroll it again, under the sticky notices.
    element.querySelector<HTMLElement>(controls)?.focus({ preventScroll: true });
  }, [dialog]);
};

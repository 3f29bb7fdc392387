import { useEffect, useRef } from 'react';
import type { Ticket } from '@openops/protocol';
import { shortcutFor, type CounterAction } from './shortcuts';

type Handlers = {
  onAction: (action: CounterAction) => Promise<void>;
  /** Alt+n calls the n-th ticket of `waiting`. */
  onCallChosen: (ticket: Ticket) => Promise<void>;
  waiting: readonly Ticket[];
  /** Escape closes whatever dialog or panel is open. */
  onEscape: () => void;
  /**
   * A modal question is open (closing the counter): no shortcut acts behind it, not even Escape,
   * which the modal answers itself. F1 must not call a citizen while the officer decides to
   * close. Default false.
   */
  blocked?: boolean;
};

/** The counter's keyboard shortcuts (see `shortcuts.ts`), heard anywhere on the page. */
export const useShortcutKeys = (handlers: Handlers): void => {
  // Keys reach the handlers through a ref so the listener is added once, yet always sees the
  // latest state.
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      const blocked = latest.current.blocked === true;
      if (event.key === 'Escape') {
        if (!blocked) latest.current.onEscape();
        return;
      }
      const hit = shortcutFor(event);
      if (!hit) return;
      // Taken even when blocked: F1 would otherwise open the browser's help behind the modal.
      event.preventDefault();
      // A key held down repeats: each repeat would be another call.
      if (event.repeat || blocked) return;
      if (hit.kind === 'action') void latest.current.onAction(hit.action);
      else {
        const ticket = latest.current.waiting[hit.index];
        if (ticket) void latest.current.onCallChosen(ticket);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
};

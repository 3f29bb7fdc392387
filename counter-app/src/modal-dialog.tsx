import {
  useEffect,
  useRef,
  type KeyboardEvent,
  type ReactNode,
  type RefObject,
  type SyntheticEvent,
} from 'react';

/** Tab and Shift+Tab go round the dialog's buttons, never out to the page behind it. */
const keepFocusInside = (event: KeyboardEvent<HTMLDialogElement>): void => {
  if (event.key !== 'Tab') return;
  const buttons = [...event.currentTarget.querySelectorAll<HTMLElement>('button:not(:disabled)')];
  const first = buttons[0];
  const last = buttons.at(-1);
  event.preventDefault();
  if (!first || !last) return;
  const at = buttons.findIndex((button) => button === document.activeElement);
  const next = event.shiftKey
    ? (buttons[at - 1] ?? last)
    : at === -1
      ? first
      : (buttons[at + 1] ?? first);
  next.focus();
};

type Props = {
  /** Ids of the dialog's title and of its text. */
  labelledBy: string;
  describedBy: string;
  /**
   * The answer that changes nothing ("Huỷ"): it takes the focus when the dialog opens, so an
   * Enter pressed out of habit does no harm.
   */
  safeButton: RefObject<HTMLButtonElement | null>;
  /** "Huỷ", Escape, or the browser closing the dialog. */
  onCancel: () => void;
  children: ReactNode;
};

/**
 * A question the officer answers before anything else: a modal `<dialog>`, so the page behind is
 * inert (no click or focus reaches it) and the panel open behind it stays as it was. Escape
 * cancels; when the dialog goes, focus goes back to where it was (the button that opened it),
 * not to the page top. The screen's shortcut keys are off meanwhile (see `useShortcutKeys`).
 */
export const ModalDialog = ({ labelledBy, describedBy, safeButton, onCancel, children }: Props) => {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    const opener = document.activeElement;
    if (element && !element.open) element.showModal();
    safeButton.current?.focus();
    return () => {
      // Closed first: nothing behind an open modal dialog can take the focus.
      if (element?.open) element.close();
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, [safeButton]);

  // Escape: the browser would close the dialog by itself; the screen closes it instead, so
  // what it shows and what the browser shows never differ. A browser may close it without a
  // cancelable event (no recent user activation): that close cancels too.
  const onEscape = (event: SyntheticEvent<HTMLDialogElement>): void => {
    event.preventDefault();
    onCancel();
  };

  return (
    <dialog
      ref={dialog}
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      className="dialog"
      onCancel={onEscape}
      onClose={(event) => {
        // A close queued by the effect's own cleanup (React's StrictMode runs it once more in
        // development) arrives after the dialog opened again: it is not the officer's.
        if (!event.currentTarget.open) onCancel();
      }}
      onKeyDown={keepFocusInside}
    >
      {children}
    </dialog>
  );
};

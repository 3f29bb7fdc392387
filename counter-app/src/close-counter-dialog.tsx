import { useEffect, useRef, type KeyboardEvent, type SyntheticEvent } from 'react';
import type { Service } from '@openops/protocol';
import type { CloseCounterNotice } from './close-counter-notice';
import { closeCounterText } from './close-counter-text';
import { useText } from './ui-language';

type Props = {
  counterName: string;
  notice: CloseCounterNotice;
  /** The centre's services, to name the queues the dialog speaks of. */
  services: readonly Service[];
  /** A request to the server is on its way: the confirm button waits for it. */
  busy: boolean;
  /** The link to the server is up; offline, the confirm button waits for it, as every action. */
  online: boolean;
  /** What the screen has to say while the dialog is open (a scan not used, a refusal). */
  alert: string | null;
  onConfirm: () => void;
  onCancel: () => void;
};

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

/**
 * Asks before closing a counter that citizens wait for, saying what the server does then (see
 * `closeCounterText`). A modal `<dialog>`: the page behind is inert (no click or focus reaches
 * it) while the officer decides, the panel open behind it (a half-typed dossier, unsaved
 * procedure edits) stays as it was, and Escape cancels. The screen's shortcut keys are off
 * meanwhile (see `useShortcutKeys`): F1 must not call a citizen to a counter about to close.
 */
export const CloseCounterDialog = ({
  counterName,
  notice,
  services,
  busy,
  online,
  alert,
  onConfirm,
  onCancel,
}: Props) => {
  const tx = useText();
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  // Focus on "cancel": an Enter pressed out of habit must not send the waiting citizens away.
  // When the dialog goes, focus goes back to where it was ("Đóng quầy"), not to the page top.
  useEffect(() => {
    const element = dialog.current;
    const opener = document.activeElement;
    if (element && !element.open) element.showModal();
    cancel.current?.focus();
    return () => {
      // Closed first: nothing behind an open modal dialog can take the focus.
      if (element?.open) element.close();
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, []);

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
      aria-labelledby="close-counter-title"
      aria-describedby="close-counter-text"
      className="dialog"
      onCancel={onEscape}
      onClose={(event) => {
        // A close queued by the effect's own cleanup (React's StrictMode runs it once more in
        // development) arrives after the dialog opened again: it is not the officer's.
        if (!event.currentTarget.open) onCancel();
      }}
      onKeyDown={keepFocusInside}
    >
      <h2 id="close-counter-title">{tx(`Đóng ${counterName}?`, `Close ${counterName}?`)}</h2>
      <div id="close-counter-text">
        {closeCounterText(notice, services, tx).map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </div>
      {alert && <p role="alert">{alert}</p>}
      <div className="actions">
        <button
          type="button"
          onClick={onConfirm}
          disabled={busy || !online || notice.currentNumber !== null}
        >
          {tx('Vẫn đóng quầy', 'Close anyway')}
        </button>
        <button type="button" ref={cancel} onClick={onCancel}>
          {tx('Huỷ', 'Cancel')}
        </button>
      </div>
    </dialog>
  );
};

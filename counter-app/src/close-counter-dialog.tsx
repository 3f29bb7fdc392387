import { useRef } from 'react';
import type { Service } from '@openops/protocol';
import type { CloseCounterNotice } from './close-counter-notice';
import { closeCounterText } from './close-counter-text';
import { useText } from './ui-language';
import { ModalDialog } from './modal-dialog';

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

/**
 * Asks before closing a counter that citizens wait for, saying what the server does then (see
 * `closeCounterText`). Modal (see `ModalDialog`): the panel open behind it (a half-typed
 * dossier, unsaved procedure edits) stays as it was, and the screen's shortcut keys are off
 * meanwhile: F1 must not call a citizen to a counter about to close.
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
  // Focus on "cancel": an Enter pressed out of habit must not send the waiting citizens away.
  const cancel = useRef<HTMLButtonElement>(null);

  return (
    <ModalDialog
      labelledBy="close-counter-title"
      describedBy="close-counter-text"
      safeButton={cancel}
      onCancel={onCancel}
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
    </ModalDialog>
  );
};

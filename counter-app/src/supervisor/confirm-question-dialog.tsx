import { useRef } from 'react';
import { ModalDialog } from '../modal-dialog';
import { useText } from '../ui-language';

/** A question a supervisor confirms before an action that cannot be taken back. */
export type ConfirmQuestion = { title: string; lines: readonly string[] };

type Props = {
  /** Names the dialog's title and text for assistive technology; unique on the page. */
  id: string;
  question: ConfirmQuestion;
  /**
   * The confirm button's words, in the language shown: what the action does ("Giải phóng quầy",
   * "Thu hồi"). The question too is worded by the caller.
   */
  confirmLabel: string;
  /** The action is on its way: the confirm button waits for it. */
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
};

/**
 * Asks before freeing a counter or revoking a device. Focus starts on "Huỷ" ("Cancel"): an Enter
 * pressed out of habit must not send a citizen back to the queue or cut a kiosk off.
 */
export const ConfirmQuestionDialog = ({
  id,
  question,
  confirmLabel,
  busy,
  onConfirm,
  onCancel,
}: Props) => {
  const tx = useText();
  const cancel = useRef<HTMLButtonElement>(null);
  return (
    <ModalDialog
      labelledBy={`${id}-title`}
      describedBy={`${id}-text`}
      safeButton={cancel}
      onCancel={onCancel}
    >
      <h2 id={`${id}-title`}>{question.title}</h2>
      <div id={`${id}-text`}>
        {question.lines.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
      <div className="actions">
        <button type="button" className="primary" disabled={busy} onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" ref={cancel} onClick={onCancel}>
          {tx('Huỷ', 'Cancel')}
        </button>
      </div>
    </ModalDialog>
  );
};

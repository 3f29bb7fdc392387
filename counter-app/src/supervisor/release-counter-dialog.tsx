import { useRef } from 'react';
import type { FloorCounter } from '@openops/protocol';
import { ModalDialog } from '../modal-dialog';
import { releaseQuestion } from './counter-release';

type Props = {
  counter: FloorCounter;
  /** The release is on its way: the confirm button waits for it. */
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
};

/**
 * Asks before freeing a counter: names the officer holding it and the ticket that goes back to
 * the queue. Focus starts on "Huỷ": an Enter pressed out of habit must not send a citizen back.
 */
export const ReleaseCounterDialog = ({ counter, busy, onConfirm, onCancel }: Props) => {
  const cancel = useRef<HTMLButtonElement>(null);
  const question = releaseQuestion(counter);
  return (
    <ModalDialog
      labelledBy="release-counter-title"
      describedBy="release-counter-text"
      safeButton={cancel}
      onCancel={onCancel}
    >
      <h2 id="release-counter-title">{question.title}</h2>
      <div id="release-counter-text">
        {question.lines.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
      <div className="actions">
        <button type="button" className="primary" disabled={busy} onClick={onConfirm}>
          Giải phóng quầy
        </button>
        <button type="button" ref={cancel} onClick={onCancel}>
          Huỷ
        </button>
      </div>
    </ModalDialog>
  );
};

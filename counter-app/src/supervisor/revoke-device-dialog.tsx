import { useRef } from 'react';
import { ModalDialog } from '../modal-dialog';
import { revokeQuestion, type PairedDevice } from './pairing-devices';

type Props = {
  device: PairedDevice;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
};

/** Asks before revoking a paired device; focus starts on "Huỷ". */
export const RevokeDeviceDialog = ({ device, busy, onConfirm, onCancel }: Props) => {
  const cancel = useRef<HTMLButtonElement>(null);
  const question = revokeQuestion(device);
  return (
    <ModalDialog
      labelledBy="revoke-device-title"
      describedBy="revoke-device-text"
      safeButton={cancel}
      onCancel={onCancel}
    >
      <h2 id="revoke-device-title">{question.title}</h2>
      <div id="revoke-device-text">
        {question.lines.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
      <div className="actions">
        <button type="button" className="primary" disabled={busy} onClick={onConfirm}>
          Thu hồi
        </button>
        <button type="button" ref={cancel} onClick={onCancel}>
          Huỷ
        </button>
      </div>
    </ModalDialog>
  );
};

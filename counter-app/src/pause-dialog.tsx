import { useState, type FormEvent } from 'react';
import { useText } from './ui-language';

/** Common reasons, one click each; the officer may type another. */
export const pauseReasons = ['Nghỉ giải lao', 'Họp', 'Xử lý hồ sơ tồn', 'Sự cố thiết bị'] as const;

type Props = {
  error: string | undefined;
  onSubmit: (reason: string) => void;
  onCancel: () => void;
};

export const PauseDialog = ({ error, onSubmit, onCancel }: Props) => {
  const tx = useText();
  const [reason, setReason] = useState('');
  const [localError, setLocalError] = useState<string | null>(null);
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (reason.trim() === '') {
      setLocalError(tx('Nhập lý do tạm dừng', 'Enter the reason for the pause'));
      return;
    }
    setLocalError(null);
    onSubmit(reason.trim());
  };
  const shown = localError ?? error;
  return (
    <section role="dialog" aria-label="Tạm dừng quầy" className="dialog">
      <h2>{tx('Tạm dừng quầy', 'Pause the counter')}</h2>
      <div className="actions">
        {pauseReasons.map((choice) => (
          <button key={choice} type="button" onClick={() => onSubmit(choice)}>
            {choice}
          </button>
        ))}
      </div>
      <form onSubmit={submit}>
        <label>
          {tx('Lý do khác', 'Other reason')}
          <input
            value={reason}
            maxLength={200}
            onChange={(event) => setReason(event.target.value)}
            aria-invalid={shown ? true : undefined}
            aria-describedby={shown ? 'pause-reason-error' : undefined}
          />
        </label>
        {shown && (
          <p id="pause-reason-error" className="field-error">
            {shown}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="primary">
            {tx('Tạm dừng', 'Pause')}
          </button>
          <button type="button" onClick={onCancel}>
            {tx('Huỷ', 'Cancel')}
          </button>
        </div>
      </form>
    </section>
  );
};

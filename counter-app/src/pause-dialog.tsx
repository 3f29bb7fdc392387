import { useRef, useState, type FormEvent } from 'react';
import { useText } from './ui-language';
import { useFocusOnOpen } from './use-focus-on-open';
import type { TicketAtCounter } from './ticket-actions';
import { pauseReasons } from './pause-reasons';

type Props = {
  /**
   * The ticket at the counter, if any. Pausing does not end it: a called citizen is still shown
   * called to this counter while it is paused, so the dialog says so (and lets the officer pause
   * all the same).
   */
  ticket: TicketAtCounter;
  error: string | undefined;
  onSubmit: (reason: string) => void;
  onCancel: () => void;
};

export const PauseDialog = ({ ticket, error, onSubmit, onCancel }: Props) => {
  const tx = useText();
  const [reason, setReason] = useState('');
  // Whether the reason was left empty; worded when shown, so it follows a language switch.
  const [reasonMissing, setReasonMissing] = useState(false);
  const dialog = useRef<HTMLElement>(null);
  useFocusOnOpen(dialog);
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (reason.trim() === '') {
      setReasonMissing(true);
      return;
    }
    setReasonMissing(false);
    onSubmit(reason.trim());
  };
  const shown = reasonMissing ? tx('Nhập lý do tạm dừng', 'Enter the reason for the pause') : error;
  return (
    <section
      ref={dialog}
      role="dialog"
      aria-label={tx('Tạm dừng quầy', 'Pause the counter')}
      aria-describedby={ticket ? 'pause-ticket-warning' : undefined}
      className="dialog"
    >
      <h2>{tx('Tạm dừng quầy', 'Pause the counter')}</h2>
      {ticket && (
        <p id="pause-ticket-warning" className="dialog-warning" role="note">
          {ticket.phase === 'called'
            ? tx(
                `Số ${ticket.number} đã được gọi và vẫn thuộc quầy này: trong lúc tạm dừng, công dân vẫn được mời đến đây. Nên hoàn thành, trả về hàng chờ hoặc chuyển số này trước khi tạm dừng.`,
                `${ticket.number} was called and still belongs to this counter: while it is paused, the citizen is still asked to come here. Finish, return to the queue or transfer it before pausing.`,
              )
            : tx(
                `Công dân số ${ticket.number} vẫn đang ở quầy. Nên hoàn thành, trả về hàng chờ hoặc chuyển số này trước khi tạm dừng.`,
                `${ticket.number} is still at the counter. Finish, return to the queue or transfer it before pausing.`,
              )}
        </p>
      )}
      <div className="actions">
        {pauseReasons.map(({ reason: sent, en }) => (
          <button key={sent} type="button" onClick={() => onSubmit(sent)}>
            {tx(sent, en)}
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

import { useRef } from 'react';
import type { CallTarget, EndBeforeCall } from './use-counter-actions';
import type { TicketPhase } from './ticket-actions';
import { ModalDialog } from './modal-dialog';
import { useText } from './ui-language';

type Props = {
  /** The ticket at the counter. */
  number: string;
  phase: TicketPhase;
  /** The call the officer asked for. */
  target: CallTarget;
  onEnd: (ending: EndBeforeCall) => void;
  onCancel: () => void;
};

/**
 * Asked when the officer calls while a ticket is at the counter. The server would end that
 * ticket as served, silently (no serving time, no rating asked); here the officer says how it
 * ends: finished (the rating is asked, as F4 does) or, while the citizen has not come, absent.
 * Modal (see `ModalDialog`): no key acts behind it, and focus starts on "Huỷ", so an F1 pressed
 * twice and an Enter out of habit end nobody's service.
 */
export const CallConfirmDialog = ({ number, phase, target, onEnd, onCancel }: Props) => {
  const tx = useText();
  const cancel = useRef<HTMLButtonElement>(null);
  const wanted =
    target.kind === 'next'
      ? tx('số tiếp theo', 'the next number')
      : target.ticket.number
        ? tx(`số ${target.ticket.number}`, target.ticket.number)
        : tx('số đã chọn', 'the chosen number');
  // "gọi tiếp" reads for either call; English names the chosen one ("Finish and call B003").
  const thenCall =
    target.kind === 'next' ? 'call next' : `call ${target.ticket.number ?? 'the chosen number'}`;
  return (
    <ModalDialog
      labelledBy="call-confirm-title"
      describedBy="call-confirm-text"
      safeButton={cancel}
      onCancel={onCancel}
    >
      <h2 id="call-confirm-title">
        {tx(`Phiếu ${number} đang ở quầy`, `Ticket ${number} is at the counter`)}
      </h2>
      <p id="call-confirm-text">
        {phase === 'serving'
          ? tx(
              `Công dân số ${number} đang được phục vụ. Kết thúc phiếu này trước khi gọi ${wanted}.`,
              `${number} is being served. End this ticket before calling ${wanted}.`,
            )
          : tx(
              `Số ${number} đã được gọi, công dân chưa đến quầy. Kết thúc phiếu này trước khi gọi ${wanted}.`,
              `${number} was called and has not come yet. End this ticket before calling ${wanted}.`,
            )}
      </p>
      <div className="actions">
        <button type="button" onClick={() => onEnd('finish')}>
          {tx('Hoàn thành và gọi tiếp', `Finish and ${thenCall}`)}
        </button>
        {/* A citizen being served has come: absent is no longer an answer (the server refuses it). */}
        {phase === 'called' && (
          <button type="button" onClick={() => onEnd('no-show')}>
            {tx('Vắng mặt và gọi tiếp', `No-show and ${thenCall}`)}
          </button>
        )}
        <button type="button" ref={cancel} onClick={onCancel}>
          {tx('Huỷ', 'Cancel')}
        </button>
      </div>
    </ModalDialog>
  );
};

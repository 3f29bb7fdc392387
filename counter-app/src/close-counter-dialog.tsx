import { useEffect, useRef } from 'react';
import type { CloseCounterNotice } from './close-counter-notice';
import { useText } from './ui-language';

type Props = {
  counterName: string;
  notice: CloseCounterNotice;
  /** A request to the server is on its way: the confirm button waits for it. */
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
};

/** "1 citizen is" / "3 citizens are": the English count with its verb. */
const citizensEn = (count: number, singular: string, plural: string): string =>
  count === 1 ? `1 citizen ${singular}` : `${count} citizens ${plural}`;

/**
 * Asks before closing a counter that citizens wait for, saying what the server does then: it
 * refuses while a number is at the counter; it leaves the waiting citizens in the queue for the
 * other counters; and it puts those transferred to this counter itself back in their service's
 * queue, in their place, for the other counters too. Escape cancels (the working screen's
 * Escape closes any dialog).
 */
export const CloseCounterDialog = ({ counterName, notice, busy, onConfirm, onCancel }: Props) => {
  const tx = useText();
  const cancel = useRef<HTMLButtonElement>(null);
  // Focus on "cancel": an Enter pressed out of habit must not send the waiting citizens away.
  // When the dialog goes, focus goes back to where it was ("Đóng quầy"), not to the page top.
  useEffect(() => {
    const opener = document.activeElement;
    cancel.current?.focus();
    return () => {
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, []);

  const { currentNumber, waitingForServices, transferredHere, transferredHereNumbers } = notice;
  const listed = transferredHereNumbers.length > 0 ? ` (${transferredHereNumbers.join(', ')})` : '';
  const nothingLeft = currentNumber === null && waitingForServices === 0 && transferredHere === 0;
  return (
    <section
      role="alertdialog"
      aria-labelledby="close-counter-title"
      aria-describedby="close-counter-text"
      className="dialog"
    >
      <h2 id="close-counter-title">{tx(`Đóng ${counterName}?`, `Close ${counterName}?`)}</h2>
      <div id="close-counter-text">
        {currentNumber !== null && (
          <p>
            {tx(
              `Công dân số ${currentNumber} đang ở quầy. Hãy hoàn thành, ghi vắng mặt, chuyển hoặc trả số này về hàng chờ trước: máy chủ không cho đóng quầy khi còn số đang phục vụ.`,
              `Number ${currentNumber} is at the counter. Finish it, mark it absent, transfer it or return it to the queue first: the server does not close a counter while a number is at it.`,
            )}
          </p>
        )}
        {waitingForServices > 0 && (
          <p>
            {tx(
              `${waitingForServices} công dân đang chờ các dịch vụ của quầy này. Đóng quầy không làm họ mất lượt: họ vẫn ở trong hàng chờ, giữ nguyên thứ tự, để các quầy khác phục vụ cùng dịch vụ gọi.`,
              `${citizensEn(waitingForServices, 'is', 'are')} waiting for this counter’s services. Closing does not cost them their turn: they stay in the queue, in the same order, for the other counters serving those services to call.`,
            )}
          </p>
        )}
        {transferredHere > 0 && (
          <p>
            {tx(
              `${transferredHere} công dân được chuyển riêng cho quầy này${listed}. Khi đóng quầy, ${transferredHere === 1 ? 'số này' : 'các số này'} được trả về hàng chờ của dịch vụ, giữ nguyên thứ tự, để các quầy khác phục vụ dịch vụ đó gọi.`,
              `${citizensEn(transferredHere, 'was', 'were')} transferred to this counter itself${listed}. Closing puts ${transferredHere === 1 ? 'this number' : 'these numbers'} back in the service’s queue, in the same place, for the other counters serving it to call.`,
            )}
          </p>
        )}
        {nothingLeft && (
          <p>{tx('Không còn ai chờ quầy này.', 'Nobody is waiting for this counter any more.')}</p>
        )}
      </div>
      <div className="actions">
        <button type="button" onClick={onConfirm} disabled={busy || currentNumber !== null}>
          {tx('Vẫn đóng quầy', 'Close anyway')}
        </button>
        <button type="button" ref={cancel} onClick={onCancel}>
          {tx('Huỷ', 'Cancel')}
        </button>
      </div>
    </section>
  );
};

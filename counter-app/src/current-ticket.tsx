import { formatElapsed } from './elapsed';

type Props = {
  label: string;
  emptyText: string;
  /** What the timer counts ("Thời gian phục vụ"), in the officer's language. */
  timerLabel: string;
  /** Where the ticket stands ("Chờ công dân đến"); null when unknown. */
  stateText: string | null;
  /** Ticket number shown; null before the first call. */
  number: string | null;
  /** When the timer starts: serving start when known, else the call. */
  since: string | null;
  now: number;
  /** "Chuyển từ Quầy 1" and the officer's note, when another counter transferred the ticket. */
  transfer: { from: string; note: string | null } | null;
  /** Its service and priority group ("Hộ tịch · Ưu tiên: Người cao tuổi"); see `currentTicketDetails`. */
  details: string | null;
};

/**
 * The number being served, alone in its region so screen readers (and tests) read just the number,
 * with the serving timer beside it.
 */
export const CurrentTicket = ({
  label,
  emptyText,
  timerLabel,
  stateText,
  number,
  since,
  now,
  transfer,
  details,
}: Props) => (
  <div className="current-block">
    <section aria-label={label} className="current">
      {number ? <p className="current-number">{number}</p> : <p>{emptyText}</p>}
    </section>
    {number && since && (
      <p className="timer">
        <span className="timer-label">{timerLabel}: </span>
        <time dateTime={since}>{formatElapsed(now - Date.parse(since))}</time>
        {stateText && <span className="ticket-state"> · {stateText}</span>}
      </p>
    )}
    {number && details && <p className="ticket-details">{details}</p>}
    {number && transfer && (
      <p className="transfer-note" role="note" aria-label={transfer.from}>
        <strong>{transfer.from}</strong>
        {transfer.note && <span>: {transfer.note}</span>}
      </p>
    )}
  </div>
);

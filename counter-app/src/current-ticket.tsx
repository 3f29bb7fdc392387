import { assertNever, type Ticket, type TicketState } from '@openops/protocol';
import { formatElapsed } from './elapsed';

/** Vietnamese name of a ticket's state, as the officer reads it. */
export const ticketStateName = (state: TicketState): string => {
  switch (state) {
    case 'waiting':
      return 'Đang chờ';
    case 'called':
      return 'Đã gọi, chờ công dân đến';
    case 'serving':
      return 'Đang phục vụ';
    case 'done':
      return 'Đã xong';
    case 'no-show':
      return 'Vắng mặt';
    case 'cancelled':
      return 'Đã huỷ';
    default:
      return assertNever(state);
  }
};

type Props = {
  label: string;
  emptyText: string;
  timerLabel: string;
  /** Ticket number shown; null before the first call. */
  number: string | null;
  ticket: Ticket | null;
  /** When the timer starts: serving start when known, else the call. */
  since: string | null;
  now: number;
};

/**
 * The number being served, alone in its region so screen readers (and tests) read just the number,
 * with the serving timer beside it.
 */
export const CurrentTicket = ({
  label,
  emptyText,
  timerLabel,
  number,
  ticket,
  since,
  now,
}: Props) => (
  <div className="current-block">
    <section aria-label={label} className="current">
      {number ? <p className="current-number">{number}</p> : <p>{emptyText}</p>}
    </section>
    {number && since && (
      <p className="timer">
        <span className="timer-label">{timerLabel}: </span>
        <time dateTime={since}>{formatElapsed(now - Date.parse(since))}</time>
        {ticket && <span className="ticket-state"> · {ticketStateName(ticket.state)}</span>}
      </p>
    )}
  </div>
);

import type { Service, Ticket } from '@openops/protocol';
import { minutesSince } from './elapsed';

type Props = {
  title: string;
  tickets: readonly Ticket[];
  services: readonly Service[];
  now: number;
  callLabel: string;
  priorityLabel: string;
  emptyText: string;
  minutesText: (minutes: number) => string;
  /** Null while an action is in flight or the counter cannot call. */
  onCall: ((ticket: Ticket) => void) | null;
};

/** Priority tickets carry their category; the protocol adds it to tickets as an optional field. */
const priorityOf = (ticket: Ticket): string | null => {
  const value = (ticket as Ticket & { priorityCategoryId?: string | null }).priorityCategoryId;
  return typeof value === 'string' && value !== '' ? value : null;
};

/** The tickets waiting for this counter, in calling order, each callable out of turn (Alt+n). */
export const QueuePanel = ({
  title,
  tickets,
  services,
  now,
  callLabel,
  priorityLabel,
  emptyText,
  minutesText,
  onCall,
}: Props) => (
  <section aria-label={title} className="queue-panel">
    <h2>
      {title} ({tickets.length})
    </h2>
    {tickets.length === 0 ? (
      <p>{emptyText}</p>
    ) : (
      <table>
        <tbody>
          {tickets.map((ticket, index) => {
            const priority = priorityOf(ticket);
            const service = services.find((candidate) => candidate.id === ticket.serviceId);
            return (
              <tr key={ticket.id} className={priority ? 'priority' : undefined}>
                <th scope="row">{ticket.number}</th>
                <td>{service?.name ?? ticket.serviceId}</td>
                <td>{minutesText(minutesSince(ticket.issuedAt, now))}</td>
                <td>
                  {priority && <span className="badge">{`${priorityLabel}: ${priority}`}</span>}
                </td>
                <td>
                  <button
                    type="button"
                    disabled={!onCall}
                    onClick={() => onCall?.(ticket)}
                    aria-label={`${callLabel} ${ticket.number}`}
                    aria-keyshortcuts={index < 9 ? `Alt+${index + 1}` : undefined}
                  >
                    {callLabel}
                    {index < 9 && <kbd>Alt+{index + 1}</kbd>}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    )}
  </section>
);

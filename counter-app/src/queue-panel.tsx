import type { PriorityCategory, Service, Ticket, TransferNote } from '@openops/protocol';
import { minutesSince } from './elapsed';
import { useText } from './ui-language';

type Props = {
  title: string;
  tickets: readonly Ticket[];
  /** All that wait; the list shows the first of them. */
  total: number;
  services: readonly Service[];
  priorityCategories: readonly PriorityCategory[];
  now: number;
  callLabel: string;
  priorityLabel: string;
  emptyText: string;
  minutesText: (minutes: number) => string;
  /** The latest transfer of each listed ticket that was transferred here. */
  transfers: readonly TransferNote[];
  /** "Chuyển từ Quầy 1", in the officer's language. */
  transferText: (transfer: TransferNote) => string;
  /** Null while an action is in flight or the counter cannot call. */
  onCall: ((ticket: Ticket) => void) | null;
};

/** The tickets waiting for this counter, in calling order, each callable out of turn (Alt+n). */
export const QueuePanel = ({
  title,
  tickets,
  total,
  services,
  priorityCategories,
  now,
  callLabel,
  priorityLabel,
  emptyText,
  minutesText,
  transfers,
  transferText,
  onCall,
}: Props) => {
  const tx = useText();
  return (
    <section aria-label={title} className="queue-panel">
      <h2>
        {title} ({total})
      </h2>
      {tickets.length === 0 ? (
        <p>{emptyText}</p>
      ) : (
        <table>
          <tbody>
            {tickets.map((ticket, index) => {
              const category = priorityCategories.find(
                (candidate) => candidate.id === ticket.priorityCategoryId,
              );
              const priority = ticket.priorityCategoryId
                ? category
                  ? tx(category.name, category.nameEn)
                  : ticket.priorityCategoryId
                : null;
              const service = services.find((candidate) => candidate.id === ticket.serviceId);
              const transfer = transfers.find((candidate) => candidate.ticketId === ticket.id);
              return (
                <tr key={ticket.id} className={priority ? 'priority' : undefined}>
                  <th scope="row">{ticket.number}</th>
                  <td>{service ? tx(service.name, service.nameEn) : ticket.serviceId}</td>
                  <td>{minutesText(minutesSince(ticket.issuedAt, now))}</td>
                  {/* Badges and the note share the flexible column; each row stays one line and a
                    long note is cut with "…" (its whole text in the tooltip). */}
                  <td className="queue-notes">
                    {priority && <span className="badge">{`${priorityLabel}: ${priority}`}</span>}
                    {transfer && (
                      <span
                        className="badge transfer"
                        title={
                          transfer.note ? `${transferText(transfer)}: ${transfer.note}` : undefined
                        }
                      >
                        {transferText(transfer)}
                        {transfer.note && `: ${transfer.note}`}
                      </span>
                    )}
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
};

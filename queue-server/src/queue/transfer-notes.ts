import type { Ticket, TicketEvent, TransferNote } from '@openops/protocol';

/**
 * The note of a transfer event's detail, as `counter-ops.ts` writes it: `→ <service>, <counter>`
 * then ` — <note>` when the officer wrote one. The destination part holds service ids and a
 * counter name, so the first ` — ` starts the note.
 */
export const noteOfTransferDetail = (detail: string | null): string | null => {
  if (!detail) return null;
  const at = detail.indexOf(' — ');
  const note = at < 0 ? '' : detail.slice(at + ' — '.length).trim();
  return note === '' ? null : note;
};

/**
 * For each ticket that was ever transferred, its latest transfer: where from, when, and the
 * note, so the receiving counter sees why the citizen comes. `eventsOf` reads one ticket's events
 * (indexed by ticket); `counterName` the configured name of a counter, null when gone.
 */
export const transferNotes = (
  tickets: readonly Ticket[],
  eventsOf: (ticketId: string) => readonly TicketEvent[],
  counterName: (counterId: string) => string | null,
): TransferNote[] =>
  tickets.flatMap((ticket) => {
    const transfer = eventsOf(ticket.id).findLast((event) => event.type === 'transferred');
    if (!transfer) return [];
    return [
      {
        ticketId: ticket.id,
        fromCounterId: transfer.counterId,
        fromCounterName: transfer.counterId ? counterName(transfer.counterId) : null,
        at: transfer.at,
        note: noteOfTransferDetail(transfer.detail),
      },
    ];
  });

import type { TicketLookup } from '@openops/protocol';

/**
 * `GET /tickets/:ticketId` for a caller who is not an officer: whoever holds the slip (or a
 * discarded one), a kiosk, a display. What the kiosk's ticket-status screen and the citizen's
 * page need stays: number, service, day, state, counter, times and the place while waiting.
 * What only officers may read goes: each event's actor and detail (the priority reason, which
 * may be health data; cancel reasons; transfer notes), the priority group itself, the officer,
 * the issuing device or officer, and the appointment. The shape is the officers' one, with those
 * fields null, so every client parses either with `ticketLookupSchema`.
 */
export const publicTicketLookup = ({ ticket, events, position }: TicketLookup): TicketLookup => ({
  ticket: {
    ...ticket,
    issuedBy: null,
    priorityCategoryId: null,
    officerId: null,
    appointmentId: null,
  },
  events: events.map((event) => ({ ...event, actor: null, detail: null })),
  position,
});

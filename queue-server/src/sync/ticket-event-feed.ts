import type { SqliteDatabase } from '../store/database';
import { enqueue } from './outbox';
import { ticketEventToNational } from './national-adapter';

/** Events moved per call; a call that moves a full batch may have left more behind. */
export const ticketFeedBatch = 500;

type EventRow = {
  id: number;
  ticket_id: string;
  type: string;
  counter_id: string | null;
  at: string;
  number: string;
  service_id: string;
};

/**
 * Tickets are synced from the queue's own committed `ticket_events` rows rather than from a
 * hook in the queue's transactions: an event row exists only once its change committed, and
 * this feed moves rows into the outbox and advances its cursor in ONE transaction, so each
 * event becomes exactly one outbox record even across crashes. Returns how many it moved.
 */
export const createTicketEventFeed = (
  database: SqliteDatabase,
  agencyCode: () => string,
): (() => number) => {
  const statements = {
    cursor: database.prepare<[], { position: number }>(
      `SELECT position FROM sync_cursors WHERE name = 'ticket-events'`,
    ),
    saveCursor: database.prepare(
      `INSERT INTO sync_cursors (name, position) VALUES ('ticket-events', ?)
       ON CONFLICT (name) DO UPDATE SET position = excluded.position`,
    ),
    events: database.prepare<[number, number], EventRow>(
      `SELECT e.id, e.ticket_id, e.type, e.counter_id, e.at, t.number, t.service_id
       FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id
       WHERE e.id > ? ORDER BY e.id LIMIT ?`,
    ),
  };
  const feed = database.transaction((): number => {
    const after = statements.cursor.get()?.position ?? 0;
    const rows = statements.events.all(after, ticketFeedBatch);
    const agency = agencyCode();
    rows.forEach((row) => {
      enqueue(database, {
        kind: 'ticket-event',
        orderKey: `ticket:${row.ticket_id}`,
        field: row.service_id,
        idempotencyKey: `ticket-event:${agency}:${row.id}`,
        payload: ticketEventToNational(
          {
            eventId: row.id,
            ticketId: row.ticket_id,
            number: row.number,
            serviceId: row.service_id,
            type: row.type,
            at: row.at,
            counterId: row.counter_id,
          },
          agency,
        ),
        createdAt: row.at,
      });
    });
    const last = rows.at(-1);
    if (last) statements.saveCursor.run(last.id);
    return rows.length;
  });
  return () => feed();
};

import { randomUUID } from 'node:crypto';
import type { Ticket, TicketState } from '@openops/protocol';
import type { SqliteDatabase } from './database';

type TicketRow = {
  id: string;
  business_day: string;
  service_id: string;
  sequence: number;
  number: string;
  state: TicketState;
  issued_at: string;
  issued_by: string | null;
  counter_id: string | null;
  called_at: string | null;
};

const toTicket = (row: TicketRow): Ticket => ({
  id: row.id,
  businessDay: row.business_day,
  serviceId: row.service_id,
  sequence: row.sequence,
  number: row.number,
  state: row.state,
  issuedAt: row.issued_at,
  issuedBy: row.issued_by,
  counterId: row.counter_id,
  calledAt: row.called_at,
});

export type NewTicket = {
  businessDay: string;
  serviceId: string;
  issuedAt: string;
  issuedBy: string | null;
};

export type IssueDecision =
  | { ok: true; sequence: number; number: string }
  | { ok: false; reason: 'daily-limit-reached'; limit: number };

export type IssueResult =
  { ok: true; ticket: Ticket } | { ok: false; reason: 'daily-limit-reached'; limit: number };

/** Operational ticket records. Every method that changes state commits before it returns. */
export type TicketRepository = {
  /**
   * Assigns the next number for a service's day and stores the ticket. `decide` turns the
   * day's last sequence into the next number, or refuses.
   */
  issue: (ticket: NewTicket, decide: (lastSequence: number) => IssueDecision) => IssueResult;
  /** Moves a waiting ticket to called; null when it was no longer waiting. */
  markCalled: (
    ticketId: string,
    counterId: string,
    actor: string | null,
    calledAt: string,
  ) => Ticket | null;
  /** Waiting tickets of a day for the given services, oldest first. */
  waitingFor: (businessDay: string, serviceIds: readonly string[], limit: number) => Ticket[];
  byId: (id: string) => Ticket | null;
  peopleAhead: (ticket: Ticket) => number;
  waitingByService: (businessDay: string) => Array<{ serviceId: string; count: number }>;
  recentlyCalled: (businessDay: string, limit: number) => Ticket[];
};

export const createTicketRepository = (database: SqliteDatabase): TicketRepository => {
  const statements = {
    lastSequence: database.prepare<[string, string], { last_sequence: number }>(
      'SELECT last_sequence FROM day_sequences WHERE business_day = ? AND service_id = ?',
    ),
    saveSequence: database.prepare(
      `INSERT INTO day_sequences (business_day, service_id, last_sequence) VALUES (?, ?, ?)
       ON CONFLICT (business_day, service_id) DO UPDATE SET last_sequence = excluded.last_sequence`,
    ),
    insertTicket: database.prepare(
      `INSERT INTO tickets (id, business_day, service_id, sequence, number, state, issued_at, issued_by)
       VALUES (@id, @business_day, @service_id, @sequence, @number, 'waiting', @issued_at, @issued_by)`,
    ),
    insertEvent: database.prepare(
      'INSERT INTO ticket_events (ticket_id, type, actor, counter_id, at) VALUES (?, ?, ?, ?, ?)',
    ),
    byId: database.prepare<[string], TicketRow>('SELECT * FROM tickets WHERE id = ?'),
    waitingAhead: database.prepare<[string, string, number], { count: number }>(
      `SELECT COUNT(*) AS count FROM tickets
       WHERE business_day = ? AND service_id = ? AND state = 'waiting' AND sequence < ?`,
    ),
    waitingByService: database.prepare<[string], { service_id: string; count: number }>(
      `SELECT service_id, COUNT(*) AS count FROM tickets
       WHERE business_day = ? AND state = 'waiting' GROUP BY service_id`,
    ),
    markCalled: database.prepare(
      `UPDATE tickets SET state = 'called', counter_id = ?, called_at = ? WHERE id = ? AND state = 'waiting'`,
    ),
    recentCalled: database.prepare<[string, number], TicketRow>(
      `SELECT * FROM tickets WHERE business_day = ? AND called_at IS NOT NULL
       ORDER BY called_at DESC LIMIT ?`,
    ),
  };

  /**
   * Assigns the next number for a service's day and stores the ticket, in one transaction:
   * the sequence row and the ticket commit together or not at all, so a crash never
   * repeats or skips a number that was acknowledged.
   */
  const issue = database.transaction(
    (ticket: NewTicket, decide: (lastSequence: number) => IssueDecision): IssueResult => {
      const last =
        statements.lastSequence.get(ticket.businessDay, ticket.serviceId)?.last_sequence ?? 0;
      const decision = decide(last);
      if (!decision.ok) return decision;
      const id = randomUUID();
      statements.saveSequence.run(ticket.businessDay, ticket.serviceId, decision.sequence);
      statements.insertTicket.run({
        id,
        business_day: ticket.businessDay,
        service_id: ticket.serviceId,
        sequence: decision.sequence,
        number: decision.number,
        issued_at: ticket.issuedAt,
        issued_by: ticket.issuedBy,
      });
      statements.insertEvent.run(id, 'issued', ticket.issuedBy, null, ticket.issuedAt);
      const row = statements.byId.get(id);
      if (!row) throw new Error('ticket vanished inside its own transaction');
      return { ok: true, ticket: toTicket(row) };
    },
  );

  const markCalled = database.transaction(
    (
      ticketId: string,
      counterId: string,
      actor: string | null,
      calledAt: string,
    ): Ticket | null => {
      const changed = statements.markCalled.run(counterId, calledAt, ticketId).changes;
      if (changed === 0) return null;
      statements.insertEvent.run(ticketId, 'called', actor, counterId, calledAt);
      const row = statements.byId.get(ticketId);
      return row ? toTicket(row) : null;
    },
  );

  const waitingFor = (
    businessDay: string,
    serviceIds: readonly string[],
    limit: number,
  ): Ticket[] => {
    if (serviceIds.length === 0) return [];
    const placeholders = serviceIds.map(() => '?').join(', ');
    const rows = database
      .prepare<unknown[], TicketRow>(
        `SELECT * FROM tickets WHERE business_day = ? AND state = 'waiting'
         AND service_id IN (${placeholders}) ORDER BY issued_at, sequence LIMIT ?`,
      )
      .all(businessDay, ...serviceIds, limit);
    return rows.map(toTicket);
  };

  return {
    issue: (ticket, decide) => issue(ticket, decide),
    markCalled: (ticketId, counterId, actor, calledAt) =>
      markCalled(ticketId, counterId, actor, calledAt),
    waitingFor,
    byId: (id: string): Ticket | null => {
      const row = statements.byId.get(id);
      return row ? toTicket(row) : null;
    },
    peopleAhead: (ticket: Ticket): number =>
      statements.waitingAhead.get(ticket.businessDay, ticket.serviceId, ticket.sequence)?.count ??
      0,
    waitingByService: (businessDay: string): Array<{ serviceId: string; count: number }> =>
      statements.waitingByService
        .all(businessDay)
        .map((row) => ({ serviceId: row.service_id, count: row.count })),
    recentlyCalled: (businessDay: string, limit: number): Ticket[] =>
      statements.recentCalled.all(businessDay, limit).map(toTicket),
  };
};

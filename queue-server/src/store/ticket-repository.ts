import type { Statement } from 'better-sqlite3';
import type { Ticket, TicketEventType, TicketState } from '@openops/protocol';
import { joiningTransaction, type SqliteDatabase } from './database';
import { toTicket, type TicketRow } from './ticket-rows';
import { createTicketReads, type TicketReads } from './ticket-reads';
import { createWaitingCounts, type WaitingCounts } from './waiting-counts';
import { timeOrderedId } from './time-ordered-id';

export type { RecentCallRow } from './ticket-reads';

export type NewTicket = {
  businessDay: string;
  serviceId: string;
  issuedAt: string;
  issuedBy: string | null;
  priorityCategoryId?: string | null;
  priorityReason?: string | null;
  appointmentId?: string | null;
};

export type IssueDecision =
  | { ok: true; sequence: number; number: string }
  | { ok: false; reason: 'daily-limit-reached'; limit: number };

export type IssueResult =
  { ok: true; ticket: Ticket } | { ok: false; reason: 'daily-limit-reached'; limit: number };

/** Columns a state change may set; anything else stays as it was. */
export type TicketChanges = Partial<{
  state: TicketState;
  counter_id: string | null;
  called_at: string | null;
  officer_id: string | null;
  target_counter_id: string | null;
  queue_service_id: string;
  queued_at: string;
  serving_started_at: string | null;
  finished_at: string | null;
}>;

export type TicketChangeEvent = {
  type: TicketEventType;
  actor: string | null;
  counterId: string | null;
  at: string;
  detail?: string | null;
};

/** Operational ticket records. Every method that changes state commits before it returns. */
export type TicketRepository = TicketReads & {
  /**
   * Assigns the next number for a service's day and stores the ticket. `decide` turns the
   * day's last sequence into the next number, or refuses.
   */
  issue: (ticket: NewTicket, decide: (lastSequence: number) => IssueDecision) => IssueResult;
  /**
   * Applies `changes` when the ticket is in one of `from`, recording the event in the same
   * transaction; null when the ticket was not in those states (someone else acted first).
   */
  change: (
    ticketId: string,
    from: readonly TicketState[],
    changes: TicketChanges,
    event: TicketChangeEvent,
  ) => Ticket | null;
  /** Moves a waiting ticket to called; null when it was no longer waiting. */
  markCalled: (
    ticketId: string,
    counterId: string,
    actor: string | null,
    calledAt: string,
  ) => Ticket | null;
  /** Waiting tickets of one priority group in a queue (see `WaitingCounts`). */
  countWaiting: WaitingCounts['count'];
  issuedInto: WaitingCounts['issuedInto'];
};

export const createTicketRepository = (database: SqliteDatabase): TicketRepository => {
  const statements = {
    insertTicket: database.prepare(
      `INSERT INTO tickets (id, business_day, service_id, queue_service_id, sequence, number, state,
         issued_at, issued_by, queued_at, priority_category_id, priority_reason, appointment_id)
       VALUES (@id, @business_day, @service_id, @queue_service_id, @sequence, @number, @state,
         @issued_at, @issued_by, @queued_at, @priority_category_id, @priority_reason, @appointment_id)`,
    ),
    insertEvent: database.prepare(
      'INSERT INTO ticket_events (ticket_id, type, actor, counter_id, at, detail) VALUES (?, ?, ?, ?, ?, ?)',
    ),
  };
  const waiting = createWaitingCounts(database);
  const reads = createTicketReads(database);

  const changeStatements = new Map<string, Statement<[Record<string, unknown>], TicketRow>>();

  /**
   * Assigns the next number for a service's day and stores the ticket. The day's last number
   * is read from the tickets themselves (tickets are never deleted), so number and ticket are
   * one row: a crash can neither repeat nor skip a number that was acknowledged, and the
   * unique index refuses a repeat outright.
   */
  const issue = joiningTransaction(
    database,
    (ticket: NewTicket, decide: (lastSequence: number) => IssueDecision): IssueResult => {
      // Until the caller says this issue committed, its group's kept count is unknown.
      const priority = (ticket.priorityCategoryId ?? null) !== null;
      waiting.forget(ticket.businessDay, ticket.serviceId, priority);
      const decision = decide(reads.lastSequence(ticket.businessDay, ticket.serviceId));
      if (!decision.ok) return decision;
      // One object is both what is written and what is answered: no read back after the insert.
      const row: TicketRow = {
        id: timeOrderedId(),
        business_day: ticket.businessDay,
        service_id: ticket.serviceId,
        queue_service_id: ticket.serviceId,
        sequence: decision.sequence,
        number: decision.number,
        state: 'waiting',
        issued_at: ticket.issuedAt,
        issued_by: ticket.issuedBy,
        counter_id: null,
        called_at: null,
        priority_category_id: ticket.priorityCategoryId ?? null,
        priority_reason: ticket.priorityReason ?? null,
        target_counter_id: null,
        queued_at: ticket.issuedAt,
        serving_started_at: null,
        finished_at: null,
        officer_id: null,
        appointment_id: ticket.appointmentId ?? null,
      };
      statements.insertTicket.run(row);
      statements.insertEvent.run(
        row.id,
        'issued',
        ticket.issuedBy,
        null,
        ticket.issuedAt,
        ticket.priorityCategoryId
          ? `ưu tiên: ${ticket.priorityCategoryId}${ticket.priorityReason ? ` (${ticket.priorityReason})` : ''}`
          : null,
      );
      return { ok: true, ticket: toTicket(row) };
    },
  );

  const change = joiningTransaction(
    database,
    (
      ticketId: string,
      from: readonly TicketState[],
      changes: TicketChanges,
      event: TicketChangeEvent,
    ): Ticket | null => {
      const columns = Object.keys(changes).sort() as Array<keyof TicketChanges>;
      waiting.forgetAll();
      const key = `${columns.join(',')}|${from.length}`;
      let statement = changeStatements.get(key);
      if (!statement) {
        // Column names come from the TicketChanges type only, never from input.
        const set =
          columns.length > 0
            ? columns.map((column) => `${column} = @${column}`).join(', ')
            : 'id = id';
        const states = from.map((_state, index) => `@from${index}`).join(', ');
        statement = database.prepare<[Record<string, unknown>], TicketRow>(
          `UPDATE tickets SET ${set} WHERE id = @id AND state IN (${states}) RETURNING *`,
        );
        changeStatements.set(key, statement);
      }
      const parameters: Record<string, unknown> = { id: ticketId, ...changes };
      from.forEach((state, index) => {
        parameters[`from${index}`] = state;
      });
      // RETURNING gives the changed row in the same step: no second read.
      const row = statement.get(parameters);
      if (!row) return null;
      statements.insertEvent.run(
        ticketId,
        event.type,
        event.actor,
        event.counterId,
        event.at,
        event.detail ?? null,
      );
      return toTicket(row);
    },
  );

  return {
    ...reads,
    issue: (ticket, decide) => issue(ticket, decide),
    change: (ticketId, from, changes, event) => change(ticketId, from, changes, event),
    markCalled: (ticketId, counterId, actor, calledAt) =>
      change(
        ticketId,
        ['waiting'],
        { state: 'called', counter_id: counterId, called_at: calledAt, target_counter_id: null },
        { type: 'called', actor, counterId, at: calledAt },
      ),
    countWaiting: waiting.count,
    issuedInto: waiting.issuedInto,
  };
};

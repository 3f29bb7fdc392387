import { randomUUID } from 'node:crypto';
import type { Statement } from 'better-sqlite3';
import type { Ticket, TicketEvent, TicketEventType, TicketState } from '@openops/protocol';
import { joiningTransaction, type SqliteDatabase } from './database';
import { toTicket, toTicketEvent, type TicketEventRow, type TicketRow } from './ticket-rows';
import { createWaitingCounts, type WaitingCounts } from './waiting-counts';

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

/** A counter's recent call: the ticket's queue service and whether it was a priority ticket. */
export type RecentCallRow = { serviceId: string; priority: boolean };

/** Operational ticket records. Every method that changes state commits before it returns. */
export type TicketRepository = {
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
  /** Waiting tickets of a day for the given services, in arrival place order. */
  waitingFor: (businessDay: string, serviceIds: readonly string[], limit: number) => Ticket[];
  /** The oldest waiting ticket of each (service, priority group) a counter may call, and those transferred to it. */
  queueHeads: (businessDay: string, serviceIds: readonly string[], counterId: string) => Ticket[];
  /** The counter's latest calls today, newest first. */
  recentCallsAt: (counterId: string, businessDay: string, limit: number) => RecentCallRow[];
  /** The ticket called to or served at a counter now, if any. */
  currentAt: (counterId: string, businessDay: string) => Ticket | null;
  /**
   * Every ticket called to or served at a counter now, newest call first: one, or two for a
   * moment during a call.
   */
  activeAt: (counterId: string, businessDay: string) => Ticket[];
  byId: (id: string) => Ticket | null;
  eventsOf: (id: string) => TicketEvent[];
  list: (
    businessDay: string,
    filter: { state?: TicketState | undefined; serviceId?: string | undefined },
    limit: number,
  ) => Ticket[];
  /** Waiting tickets of one priority group in a queue (see `WaitingCounts`). */
  countWaiting: WaitingCounts['count'];
  issuedInto: WaitingCounts['issuedInto'];
  /**
   * How many tickets a counter may call: waiting in its services (unless transferred to
   * another counter), and those transferred to it from any service.
   */
  countWaitingFor: (
    businessDay: string,
    serviceIds: readonly string[],
    counterId: string,
  ) => number;
  waitingByService: (businessDay: string) => Array<{ serviceId: string; count: number }>;
  recentlyCalled: (businessDay: string, limit: number) => Ticket[];
  /** Minutes from call (or start) to finish of a service's latest finished tickets. */
  recentServiceMinutes: (serviceId: string, limit: number) => number[];
  countIssued: (businessDay: string) => number;
};

export const createTicketRepository = (database: SqliteDatabase): TicketRepository => {
  const statements = {
    // The last entry of the unique (business_day, service_id, sequence) index: one lookup.
    lastSequence: database.prepare<[string, string], { last_sequence: number }>(
      `SELECT sequence AS last_sequence FROM tickets WHERE business_day = ? AND service_id = ?
       ORDER BY sequence DESC LIMIT 1`,
    ),
    insertTicket: database.prepare(
      `INSERT INTO tickets (id, business_day, service_id, queue_service_id, sequence, number, state,
         issued_at, issued_by, queued_at, priority_category_id, priority_reason, appointment_id)
       VALUES (@id, @business_day, @service_id, @queue_service_id, @sequence, @number, @state,
         @issued_at, @issued_by, @queued_at, @priority_category_id, @priority_reason, @appointment_id)`,
    ),
    insertEvent: database.prepare(
      'INSERT INTO ticket_events (ticket_id, type, actor, counter_id, at, detail) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    byId: database.prepare<[string], TicketRow>('SELECT * FROM tickets WHERE id = ?'),
    eventsOf: database.prepare<[string], TicketEventRow>(
      'SELECT type, actor, counter_id, at, detail FROM ticket_events WHERE ticket_id = ? ORDER BY id',
    ),
    waitingForCounter: database.prepare<[string, string, string], { count: number }>(
      `SELECT COUNT(*) AS count FROM tickets
       WHERE business_day = ? AND queue_service_id = ? AND state = 'waiting'
         AND (target_counter_id IS NULL OR target_counter_id = ?)`,
    ),
    waitingByService: database.prepare<[string], { service_id: string; count: number }>(
      `SELECT queue_service_id AS service_id, COUNT(*) AS count FROM tickets
       WHERE business_day = ? AND state = 'waiting' GROUP BY queue_service_id`,
    ),
    headNormal: database.prepare<[string, string, string], TicketRow>(
      `SELECT * FROM tickets WHERE business_day = ? AND state = 'waiting' AND queue_service_id = ?
         AND priority_category_id IS NULL AND (target_counter_id IS NULL OR target_counter_id = ?)
       ORDER BY queued_at, sequence LIMIT 1`,
    ),
    headPriority: database.prepare<[string, string, string], TicketRow>(
      // Sorted, not read in order (the unary +): walking tickets_ahead in calling order to the
      // first priority ticket would pass every normal one when none waits.
      `SELECT * FROM tickets WHERE business_day = ? AND state = 'waiting' AND queue_service_id = ?
         AND priority_category_id IS NOT NULL AND (target_counter_id IS NULL OR target_counter_id = ?)
       ORDER BY +queued_at, +sequence LIMIT 1`,
    ),
    targeted: database.prepare<[string, string], TicketRow>(
      `SELECT * FROM tickets WHERE target_counter_id = ? AND state = 'waiting' AND +business_day = ?
       ORDER BY queued_at, sequence LIMIT 50`,
    ),
    recentCallsAt: database.prepare<
      [string, string, number],
      { service_id: string; priority: number }
    >(
      `SELECT COALESCE(t.queue_service_id, t.service_id) AS service_id,
              t.priority_category_id IS NOT NULL AS priority
       FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id
       WHERE e.counter_id = ? AND e.type = 'called' AND t.business_day = ?
       ORDER BY e.id DESC LIMIT ?`,
    ),
    activeAt: database.prepare<[string, string], TicketRow>(
      // The unary + keeps the planner on tickets_at_counter (a row or two) rather than walking
      // the day's calls backwards through tickets_called for the order.
      `SELECT * FROM tickets WHERE counter_id = ? AND state IN ('called', 'serving')
         AND business_day = ? ORDER BY +called_at DESC`,
    ),
    recentCalled: database.prepare<[string, number], TicketRow>(
      `SELECT * FROM tickets WHERE business_day = ? AND called_at IS NOT NULL
       ORDER BY called_at DESC LIMIT ?`,
    ),
    serviceTimes: database.prepare<[string, number], { started: string; finished: string }>(
      `SELECT COALESCE(serving_started_at, called_at) AS started, finished_at AS finished
       FROM tickets WHERE queue_service_id = ? AND state = 'done' AND finished_at IS NOT NULL
       ORDER BY finished_at DESC LIMIT ?`,
    ),
    waitingInService: database.prepare<[string, string, number], TicketRow>(
      `SELECT * FROM tickets WHERE business_day = ? AND queue_service_id = ? AND state = 'waiting'
       ORDER BY queued_at, sequence LIMIT ?`,
    ),
    countIssued: database.prepare<[string], { count: number }>(
      'SELECT COUNT(*) AS count FROM tickets WHERE business_day = ?',
    ),
  };
  const waiting = createWaitingCounts(database);

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
      const last =
        statements.lastSequence.get(ticket.businessDay, ticket.serviceId)?.last_sequence ?? 0;
      const decision = decide(last);
      if (!decision.ok) return decision;
      // One object is both what is written and what is answered: no read back after the insert.
      const row: TicketRow = {
        id: randomUUID(),
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

  /**
   * One ordered, limited read per service through tickets_ahead, merged here: a read that
   * costs the page it returns, not the length of the day's queue.
   */
  const waitingFor = (
    businessDay: string,
    serviceIds: readonly string[],
    limit: number,
  ): Ticket[] =>
    serviceIds
      .flatMap((serviceId) => statements.waitingInService.all(businessDay, serviceId, limit))
      .sort(
        (a, b) =>
          (a.queued_at ?? a.issued_at).localeCompare(b.queued_at ?? b.issued_at) ||
          a.sequence - b.sequence,
      )
      .slice(0, limit)
      .map(toTicket);

  const queueHeads = (
    businessDay: string,
    serviceIds: readonly string[],
    counterId: string,
  ): Ticket[] => {
    const rows = new Map<string, TicketRow>();
    serviceIds.forEach((serviceId) => {
      [statements.headNormal, statements.headPriority].forEach((statement) => {
        const row = statement.get(businessDay, serviceId, counterId);
        if (row) rows.set(row.id, row);
      });
    });
    // Tickets transferred to this counter may be of a service it does not usually serve.
    statements.targeted.all(counterId, businessDay).forEach((row) => rows.set(row.id, row));
    return [...rows.values()].map(toTicket);
  };

  const countWaitingFor = (
    businessDay: string,
    serviceIds: readonly string[],
    counterId: string,
  ): number => {
    const inServices = serviceIds.reduce(
      (sum, serviceId) =>
        sum + (statements.waitingForCounter.get(businessDay, serviceId, counterId)?.count ?? 0),
      0,
    );
    const transferredIn = statements.targeted
      .all(counterId, businessDay)
      .filter((row) => !serviceIds.includes(row.queue_service_id ?? row.service_id)).length;
    return inServices + transferredIn;
  };

  const list = (
    businessDay: string,
    filter: { state?: TicketState | undefined; serviceId?: string | undefined },
    limit: number,
  ): Ticket[] => {
    const conditions = ['business_day = ?'];
    const parameters: unknown[] = [businessDay];
    if (filter.state === 'waiting') {
      // Written out, so the planner may use the queue's indexes (they hold waiting tickets only).
      conditions.push(`state = 'waiting'`);
    } else if (filter.state) {
      conditions.push('state = ?');
      parameters.push(filter.state);
    }
    if (filter.serviceId) {
      conditions.push('queue_service_id = ?');
      parameters.push(filter.serviceId);
    }
    return database
      .prepare<unknown[], TicketRow>(
        `SELECT * FROM tickets WHERE ${conditions.join(' AND ')} ORDER BY issued_at, sequence LIMIT ?`,
      )
      .all(...parameters, limit)
      .map(toTicket);
  };

  return {
    issue: (ticket, decide) => issue(ticket, decide),
    change: (ticketId, from, changes, event) => change(ticketId, from, changes, event),
    markCalled: (ticketId, counterId, actor, calledAt) =>
      change(
        ticketId,
        ['waiting'],
        { state: 'called', counter_id: counterId, called_at: calledAt, target_counter_id: null },
        { type: 'called', actor, counterId, at: calledAt },
      ),
    waitingFor,
    queueHeads,
    recentCallsAt: (counterId, businessDay, limit) =>
      statements.recentCallsAt
        .all(counterId, businessDay, limit)
        .map((row) => ({ serviceId: row.service_id, priority: row.priority === 1 })),
    currentAt: (counterId, businessDay) => {
      const row = statements.activeAt.get(counterId, businessDay);
      return row ? toTicket(row) : null;
    },
    activeAt: (counterId, businessDay) =>
      statements.activeAt.all(counterId, businessDay).map(toTicket),
    byId: (id: string): Ticket | null => {
      const row = statements.byId.get(id);
      return row ? toTicket(row) : null;
    },
    eventsOf: (id: string): TicketEvent[] => statements.eventsOf.all(id).map(toTicketEvent),
    list,
    countWaitingFor,
    countWaiting: waiting.count,
    issuedInto: waiting.issuedInto,
    waitingByService: (businessDay: string): Array<{ serviceId: string; count: number }> =>
      statements.waitingByService
        .all(businessDay)
        .map((row) => ({ serviceId: row.service_id, count: row.count })),
    recentlyCalled: (businessDay: string, limit: number): Ticket[] =>
      statements.recentCalled.all(businessDay, limit).map(toTicket),
    recentServiceMinutes: (serviceId, limit) =>
      statements.serviceTimes
        .all(serviceId, limit)
        .map((row) => (Date.parse(row.finished) - Date.parse(row.started)) / 60_000)
        .filter((minutes) => Number.isFinite(minutes) && minutes >= 0),
    countIssued: (businessDay) => statements.countIssued.get(businessDay)?.count ?? 0,
  };
};

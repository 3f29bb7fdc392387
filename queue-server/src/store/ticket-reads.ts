import type { Ticket, TicketEvent, TicketState } from '@openops/protocol';
import type { SqliteDatabase } from './database';
import { createQueueHeadsRead } from './queue-heads-read';
import { toTicket, toTicketEvent, type TicketEventRow, type TicketRow } from './ticket-rows';

/** A counter's recent call: the ticket's queue service and whether it was a priority ticket. */
export type RecentCallRow = { serviceId: string; priority: boolean };

/** A ticket among the day's latest calls, with when it was last called (or recalled). */
export type RecentlyCalled = { ticket: Ticket; lastCalledAt: string; recall: boolean };

/** What the queue reads of the tickets: queues, counters, history and counts. */
export type TicketReads = {
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
  /**
   * How many tickets a counter may call: waiting in its services (unless transferred to
   * another counter), and those transferred to it from any service.
   */
  countWaitingFor: (
    businessDay: string,
    serviceIds: readonly string[],
    counterId: string,
  ) => number;
  /**
   * How many tickets waiting in one service's queue a counter may call: those not transferred
   * to another counter. For a service the counter serves, with `countWaitingFor`'s rules.
   */
  countWaitingAtCounterIn: (businessDay: string, serviceId: string, counterId: string) => number;
  /**
   * How many waiting tickets were transferred to this counter itself, per queue service: no
   * other counter may call them (see `countWaitingFor`), so closing the counter puts them back
   * in their service's queue. Services with none are left out.
   */
  transferredToByService: (
    businessDay: string,
    counterId: string,
  ) => Array<{ serviceId: string; count: number }>;
  /** Every waiting ticket transferred to this counter itself, in place order (no limit). */
  waitingTransferredTo: (businessDay: string, counterId: string) => Ticket[];
  waitingByService: (businessDay: string) => Array<{ serviceId: string; count: number }>;
  /** The sequence of a service's last number of the day; 0 before its first. */
  lastSequence: (businessDay: string, serviceId: string) => number;
  /**
   * The day's latest calls at the given counters (a display's zones), newest first, one per
   * ticket: a recall counts as the ticket's latest call, as it does on a live display.
   */
  recentlyCalled: (
    businessDay: string,
    counterIds: readonly string[],
    limit: number,
  ) => RecentlyCalled[];
  /** Minutes from call (or start) to finish of a service's latest finished tickets. */
  recentServiceMinutes: (serviceId: string, limit: number) => number[];
  countIssued: (businessDay: string) => number;
};

export const createTicketReads = (database: SqliteDatabase): TicketReads => {
  const statements = {
    byId: database.prepare<[string], TicketRow>('SELECT * FROM tickets WHERE id = ?'),
    eventsOf: database.prepare<[string], TicketEventRow>(
      'SELECT type, actor, counter_id, at, detail FROM ticket_events WHERE ticket_id = ? ORDER BY id',
    ),
    waitingForCounter: database.prepare<[string, string, string], { count: number }>(
      `SELECT COUNT(*) AS count FROM tickets
       WHERE business_day = ? AND queue_service_id = ? AND state = 'waiting'
         AND (target_counter_id IS NULL OR target_counter_id = ?)`,
    ),
    // The last entry of the unique (business_day, service_id, sequence) index: one lookup.
    lastSequence: database.prepare<[string, string], { last_sequence: number }>(
      `SELECT sequence AS last_sequence FROM tickets WHERE business_day = ? AND service_id = ?
       ORDER BY sequence DESC LIMIT 1`,
    ),
    waitingByService: database.prepare<[string], { service_id: string; count: number }>(
      `SELECT queue_service_id AS service_id, COUNT(*) AS count FROM tickets
       WHERE business_day = ? AND state = 'waiting' GROUP BY queue_service_id`,
    ),
    // A negative LIMIT is SQLite's "no limit" (see `targetedAt`).
    targeted: database.prepare<[string, string, number], TicketRow>(
      `SELECT * FROM tickets WHERE target_counter_id = ? AND state = 'waiting' AND +business_day = ?
       ORDER BY queued_at, sequence LIMIT ?`,
    ),
    transferredTo: database.prepare<[string, string], { service_id: string; count: number }>(
      `SELECT COALESCE(queue_service_id, service_id) AS service_id, COUNT(*) AS count FROM tickets
       WHERE target_counter_id = ? AND state = 'waiting' AND +business_day = ?
       GROUP BY 1`,
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
    // Walks the day's calls backwards through tickets_called and keeps those at the counters
    // named (a JSON array): a quiet zone costs at most the day's calls, read once per screen
    // (re)connect, never a read of other zones' latest calls that leaves this one empty.
    recentCalledAt: database.prepare<[string, string, number], TicketRow>(
      `SELECT * FROM tickets WHERE business_day = ? AND called_at IS NOT NULL
         AND counter_id IN (SELECT value FROM json_each(?))
       ORDER BY called_at DESC LIMIT ?`,
    ),
    // Events are numbered in the order they happen, and ticket_events_by_counter ends with that
    // number: the recalls at one counter since a call are one range of the index (counter,
    // 'recalled', from that call's event on), however busy the other counters have been.
    lastCallEvent: database.prepare<[string], { id: number | null }>(
      `SELECT MAX(id) AS id FROM ticket_events WHERE ticket_id = ? AND type = 'called'`,
    ),
    recalledAtFrom: database.prepare<[string, number], { ticket_id: string; at: string }>(
      `SELECT ticket_id, MAX(at) AS at FROM ticket_events
       WHERE counter_id IN (SELECT value FROM json_each(?)) AND type = 'recalled' AND id >= ?
       GROUP BY ticket_id`,
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

  /**
   * The waiting tickets transferred to a counter itself, in place order: at most `limit`, or
   * every one when no limit is given (closing the counter must release them all).
   */
  const targetedAt = (counterId: string, businessDay: string, limit?: number): TicketRow[] =>
    statements.targeted.all(counterId, businessDay, limit ?? -1);

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

  const readQueueHeads = createQueueHeadsRead(database);
  const queueHeads = (
    businessDay: string,
    serviceIds: readonly string[],
    counterId: string,
  ): Ticket[] => readQueueHeads(businessDay, serviceIds, counterId).map(toTicket);

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
    // Every one, not the first screenful: a count, not a list.
    const transferredIn = targetedAt(counterId, businessDay).filter(
      (row) => !serviceIds.includes(row.queue_service_id ?? row.service_id),
    ).length;
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

  /**
   * The latest first calls at the counters, merged with the tickets recalled at these counters
   * since the oldest of them: a ticket recalled before that cannot be among the latest calls,
   * and one recalled at another counter is on another counter's list (a recall is of the
   * counter's current ticket), so no other need be read.
   */
  const recentlyCalled = (
    businessDay: string,
    counterIds: readonly string[],
    limit: number,
  ): RecentlyCalled[] => {
    if (counterIds.length === 0 || limit <= 0) return [];
    const called = statements.recentCalledAt.all(businessDay, JSON.stringify(counterIds), limit);
    const oldest = called.at(-1);
    if (!oldest) return [];
    const atCounters = new Set(counterIds);
    const rows = new Map(called.map((row) => [row.id, row]));
    const from = statements.lastCallEvent.get(oldest.id)?.id ?? null;
    const recalls =
      from === null ? [] : statements.recalledAtFrom.all(JSON.stringify(counterIds), from);
    for (const { ticket_id: id } of recalls) {
      const row = rows.has(id) ? undefined : statements.byId.get(id);
      // Only tickets still at these counters: one moved on since its recall (transferred and
      // called elsewhere) belongs to another display now.
      if (row && row.counter_id !== null && atCounters.has(row.counter_id)) rows.set(id, row);
    }
    const recalledAt = new Map(recalls.map((recall) => [recall.ticket_id, recall.at]));
    return [...rows.values()]
      .map((row) => {
        const calledAt = row.called_at ?? '';
        const recallAt = recalledAt.get(row.id);
        // A recall before the ticket's latest call (called again after a return) is history.
        const recall = recallAt !== undefined && recallAt >= calledAt;
        return { ticket: toTicket(row), lastCalledAt: recall ? recallAt : calledAt, recall };
      })
      .sort((a, b) => b.lastCalledAt.localeCompare(a.lastCalledAt))
      .slice(0, limit);
  };

  return {
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
    countWaitingAtCounterIn: (businessDay, serviceId, counterId) =>
      statements.waitingForCounter.get(businessDay, serviceId, counterId)?.count ?? 0,
    transferredToByService: (businessDay, counterId) =>
      statements.transferredTo
        .all(counterId, businessDay)
        .map((row) => ({ serviceId: row.service_id, count: row.count })),
    waitingTransferredTo: (businessDay, counterId) =>
      targetedAt(counterId, businessDay).map(toTicket),
    lastSequence: (businessDay, serviceId) =>
      statements.lastSequence.get(businessDay, serviceId)?.last_sequence ?? 0,
    waitingByService: (businessDay: string): Array<{ serviceId: string; count: number }> =>
      statements.waitingByService
        .all(businessDay)
        .map((row) => ({ serviceId: row.service_id, count: row.count })),
    recentlyCalled,
    recentServiceMinutes: (serviceId, limit) =>
      statements.serviceTimes
        .all(serviceId, limit)
        .map((row) => (Date.parse(row.finished) - Date.parse(row.started)) / 60_000)
        .filter((minutes) => Number.isFinite(minutes) && minutes >= 0),
    countIssued: (businessDay) => statements.countIssued.get(businessDay)?.count ?? 0,
  };
};

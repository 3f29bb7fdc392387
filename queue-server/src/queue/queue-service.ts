import {
  defaultCallingPolicy,
  fail,
  ok,
  servesService,
  type Call,
  type CallingPolicy,
  type Counter,
  type IssuedTicket,
  type QueuePosition,
  type QueueSummary,
  type Reply,
  type Service,
  type Ticket,
  type TicketState,
  type TicketWithEvents,
} from '@openops/protocol';
import type { CentreConfigStore } from '../config/centre-config-store';
import { businessDayOf } from '../domain/business-day';
import { formatTicketNumber, nextSequence } from '../domain/numbering';
// One rule for when tickets are issued, shared with the floor's need for kiosks and displays.
import { issuingClosure, issuingRulesOf } from '../domain/issuing-hours';
import { dailyLimitRefusal, issuingRefusal } from './issuing-refusal';
import {
  estimateWaitMinutes,
  serviceCapacity,
  typicalServiceMinutes,
} from '../domain/wait-estimate';
import type { TicketRepository } from '../store/ticket-repository';
import type { CounterRepository } from '../store/counter-repository';
import type { LateFlush } from '../store/late-flush';
import type { BookingReservations } from '../appointments/booking-reservations';
import { createCounterOps } from './counter-ops';
import { createPeopleAheadCounter } from './people-ahead-counter';
import { createQueueChanges, type QueueChanges } from './queue-changes';

export type Clock = () => Date;

export type QueueServiceDeps = {
  config: CentreConfigStore;
  tickets: TicketRepository;
  clock: Clock;
  /** Counter states; an in-memory stand-in is used when absent (unit tests of issuing only). */
  counters?: CounterRepository;
  /** Runs `work` in one database transaction (a nested call joins the open one). */
  atomically?: <T>(work: () => T) => T;
  /**
   * Calls commit through it, so the displays hear them before the disk flush; whoever
   * acknowledges a counter action waits for `settled()` first. Plain `atomically` when absent.
   */
  lateFlush?: LateFlush;
  changes?: QueueChanges;
  /** Numbers held today for bookings still to check in; none when absent. */
  reservedForBookings?: BookingReservations;
};

/** Recent finished tickets the wait estimate learns from. */
export const serviceTimeSamples = 20;

export type IssueOptions = {
  priorityCategoryId?: string | undefined;
  priorityReason?: string | undefined;
  appointmentId?: string | undefined;
  /**
   * The booked slot of an appointment checked in: before it, and before the service opens, the
   * ticket is still given when the slot itself is within the service's hours (a 07:30 slot
   * checked in at 07:10). Not after closing, nor for a slot outside the hours.
   */
  bookedSlot?: Date | undefined;
  /** Officers and supervisors may grant any category; kiosks only self-declared ones. */
  grantedByOfficer?: boolean;
  /**
   * Runs inside the ticket's own transaction, so what it stores (the kiosk's print job)
   * commits with the ticket or not at all, in the same disk flush.
   */
  alongside?: (issued: IssuedTicket) => void;
};

export type QueueService = ReturnType<typeof createQueueService>;

const memoryCounters = (): CounterRepository => {
  const states = new Map<string, ReturnType<CounterRepository['get']>>();
  return {
    get: (counterId) => states.get(counterId) ?? null,
    heldBy: (holder) =>
      [...states.values()].flatMap((state) =>
        state && state.heldBy === holder && state.state !== 'closed' ? [state] : [],
      ),
    save: (state) => {
      states.set(state.counterId, state);
    },
  };
};

/** The queue's use cases; replies are envelopes ready for the wire. Changes are emitted after commit. */
export const createQueueService = ({
  config,
  tickets,
  clock,
  counters = memoryCounters(),
  atomically = (work) => work(),
  lateFlush = { atomically, settled: () => null },
  changes = createQueueChanges(),
  reservedForBookings = { of: () => 0, all: () => new Map() },
}: QueueServiceDeps) => {
  const today = (): string => businessDayOf(clock(), config.current().centre.timeZone);

  /** Counters serving a service that are open now; all that serve it when none is open yet. */
  const capacityFor = (serviceId: string): number => {
    const all = config.current().counters;
    const open = all.filter((counter) => counters.get(counter.id)?.state === 'open');
    const capacity = serviceCapacity(open, serviceId);
    return capacity > 0 ? capacity : serviceCapacity(all, serviceId);
  };

  // Service times change only when a counter finishes a ticket (a counter change), not when
  // one is issued: a burst of issues reads them once.
  const recentMinutes = new Map<string, number[]>();
  changes.subscribe((change) => {
    if (change.kind === 'counter-changed') recentMinutes.clear();
  });
  const recentServiceMinutes = (serviceId: string): number[] => {
    let minutes = recentMinutes.get(serviceId);
    if (!minutes) {
      minutes = tickets.recentServiceMinutes(serviceId, serviceTimeSamples);
      recentMinutes.set(serviceId, minutes);
    }
    return minutes;
  };

  const callingPolicy = (): CallingPolicy =>
    config.current().queuePolicy?.calling ?? defaultCallingPolicy;
  const position = createPeopleAheadCounter(tickets, callingPolicy);

  const waitFor = (serviceId: string, peopleAhead: number): number | null => {
    const service = config.current().services.find((candidate) => candidate.id === serviceId);
    const minutes = typicalServiceMinutes(recentServiceMinutes(serviceId), service?.serviceMinutes);
    return estimateWaitMinutes(peopleAhead, capacityFor(serviceId), minutes);
  };

  /**
   * Walk-ins' numbers for the day under a service's daily limit, those held for its bookings
   * (`held`, else read for it alone) left out; null for no limit.
   */
  const walkInLimit = (
    service: Service,
    day: string,
    now: Date,
    held?: ReadonlyMap<string, number>,
  ): number | null =>
    service.dailyLimit === null
      ? null
      : Math.max(
          0,
          service.dailyLimit -
            (held ? (held.get(service.id) ?? 0) : reservedForBookings.of(service.id, day, now)),
        );

  const issueTicket = (
    serviceId: string,
    issuedBy: string | null,
    options: IssueOptions = {},
  ): Reply<IssuedTicket> => {
    const centre = config.current();
    const service = centre.services.find((candidate) => candidate.id === serviceId);
    if (!service) return fail('not-found', `Không có dịch vụ "${serviceId}" (no such service)`);
    // A number no counter could ever call: refused rather than left waiting all day.
    if (!servesService(centre.counters, serviceId)) {
      return fail(
        'service-closed',
        `Dịch vụ "${service.name}" chưa có quầy phục vụ, vui lòng hỏi nhân viên hướng dẫn (no counter serves this service)`,
      );
    }
    const now = clock();
    const rules = issuingRulesOf(centre);
    const closure = issuingClosure(now, service, rules);
    const earlyForItsSlot =
      closure === 'outside-hours' &&
      options.bookedSlot !== undefined &&
      now < options.bookedSlot &&
      issuingClosure(options.bookedSlot, service, rules) === null;
    if (closure && !earlyForItsSlot) return issuingRefusal(closure, service, now, rules);
    if (options.priorityCategoryId !== undefined) {
      const category = (centre.priorityCategories ?? []).find(
        (candidate) => candidate.id === options.priorityCategoryId,
      );
      // Named on its field, so a kiosk tells a withdrawn group from a service that is gone.
      if (!category) {
        const missing = `Không có nhóm ưu tiên "${options.priorityCategoryId}" (no such priority category)`;
        return fail('not-found', missing, [{ path: 'priorityCategoryId', message: missing }]);
      }
      if (!category.selfDeclared && !options.grantedByOfficer && !options.appointmentId) {
        const granted = `Nhóm ưu tiên "${category.name}" do cán bộ xác nhận (an officer must grant this priority)`;
        return fail('forbidden', granted, [{ path: 'priorityCategoryId', message: granted }]);
      }
    }
    const day = today();
    const priority = options.priorityCategoryId !== undefined;
    // A booking's own check-in may use a number held for it; a walk-in may not.
    const limit =
      options.appointmentId !== undefined ? service.dailyLimit : walkInLimit(service, day, now);
    const stored = atomically(() => {
      // Counted before the insert: a new ticket joins the end of its queue.
      const groupBefore = tickets.countWaiting(day, serviceId, priority, null);
      const peopleAhead = position.ofNewTicket(day, serviceId, priority, now);
      const result = tickets.issue(
        {
          businessDay: day,
          serviceId,
          issuedAt: now.toISOString(),
          issuedBy,
          priorityCategoryId: options.priorityCategoryId ?? null,
          priorityReason: options.priorityReason ?? null,
          appointmentId: options.appointmentId ?? null,
        },
        (last) => {
          const next = nextSequence(last, limit);
          return next.ok
            ? {
                ok: true,
                sequence: next.sequence,
                number: formatTicketNumber(service.prefix, next.sequence),
              }
            : next;
        },
      );
      if (!result.ok) return result;
      const issued: IssuedTicket = {
        ticket: result.ticket,
        serviceName: service.name,
        serviceNameEn: service.nameEn,
        peopleAhead,
        estimatedWaitMinutes: waitFor(serviceId, peopleAhead),
      };
      options.alongside?.(issued);
      return { ok: true as const, issued, groupBefore };
    });
    if (!stored.ok)
      return dailyLimitRefusal(service, service.dailyLimit ?? stored.limit, now, rules);
    tickets.issuedInto(day, serviceId, priority, stored.groupBefore);
    changes.emit({ kind: 'queue-changed' });
    return ok(stored.issued);
  };

  const counterById = (counterId: string): Counter | undefined =>
    config.current().counters.find((candidate) => candidate.id === counterId);

  const toCall = (ticket: Ticket, recall: boolean): Call | null => {
    const counter = counterById(ticket.counterId ?? '');
    if (!counter || !ticket.calledAt) return null;
    return {
      ticketId: ticket.id,
      ticketNumber: ticket.number,
      serviceId: ticket.serviceId,
      counterId: counter.id,
      counterNumber: counter.number,
      counterName: counter.name,
      calledAt: ticket.calledAt,
      recall,
      zone: counter.zone,
    };
  };

  const counterOps = createCounterOps({
    config,
    tickets,
    counters,
    clock,
    today,
    atomically,
    callAtomically: lateFlush.atomically,
    changes,
    toCall,
    policy: callingPolicy,
  });

  /**
   * The day's latest calls at some counters (a display's zones), newest first, at most
   * `limit`: what a display that connects or reconnects shows (see `display-zones.ts`).
   */
  const recentCalls = (scope: { counterIds: readonly string[]; limit: number }): Call[] =>
    tickets
      .recentlyCalled(today(), scope.counterIds, scope.limit)
      .map(({ ticket, recall }) => toCall(ticket, recall))
      .filter((call): call is Call => call !== null);

  const summary = (): QueueSummary => {
    const day = today();
    const now = clock();
    const centre = config.current();
    const rules = issuingRulesOf(centre);
    const held = centre.services.some((service) => service.dailyLimit !== null)
      ? reservedForBookings.all(day, now)
      : new Map<string, number>();
    const idsOf = (services: readonly Service[]): string[] => services.map(({ id }) => id);
    return {
      businessDay: day,
      waiting: tickets.waitingByService(day),
      numbersUsedUp: idsOf(
        centre.services.filter((service) => {
          const limit = walkInLimit(service, day, now, held);
          return limit !== null && tickets.lastSequence(day, service.id) >= limit;
        }),
      ),
      notIssuingNow: idsOf(
        centre.services.filter((service) => issuingClosure(now, service, rules) !== null),
      ),
    };
  };

  /** One ticket without its history: what a page that shows only its state needs. */
  const ticketById = (ticketId: string): Ticket | null => tickets.byId(ticketId);

  const ticketWithEvents = (ticketId: string): Reply<TicketWithEvents> => {
    const ticket = tickets.byId(ticketId);
    if (!ticket) return fail('not-found', 'Không có phiếu này (no such ticket)');
    return ok({ ticket, events: tickets.eventsOf(ticketId) });
  };

  const listTickets = (filter: {
    day?: string | undefined;
    state?: TicketState | undefined;
    serviceId?: string | undefined;
    limit?: number | undefined;
  }): Ticket[] =>
    tickets.list(
      filter.day ?? today(),
      { state: filter.state, serviceId: filter.serviceId },
      filter.limit ?? 1000,
    );

  /**
   * Where a waiting ticket stands: the people the calling policy puts ahead of it in its
   * queue, and the estimated wait.
   */
  const positionOf = (ticket: Ticket): QueuePosition => {
    const peopleAhead = position.of(ticket);
    return { peopleAhead, estimatedWaitMinutes: waitFor(ticket.serviceId, peopleAhead) };
  };

  return {
    issueTicket,
    positionOf,
    counterOps,
    settled: lateFlush.settled,
    recentCalls,
    summary,
    today,
    ticketById,
    ticketWithEvents,
    listTickets,
    waitFor,
    changes,
  };
};

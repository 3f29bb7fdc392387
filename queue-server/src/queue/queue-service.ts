import {
  fail,
  ok,
  type Call,
  type IssuedTicket,
  type QueueSummary,
  type Reply,
} from '@openops/protocol';
import type { CentreConfigStore } from '../config/centre-config-store';
import { businessDayOf } from '../domain/business-day';
import { formatTicketNumber, nextSequence } from '../domain/numbering';
import { estimateWaitMinutes } from '../domain/wait-estimate';
import type { TicketRepository } from '../store/ticket-repository';

export type Clock = () => Date;

export type QueueServiceDeps = {
  config: CentreConfigStore;
  tickets: TicketRepository;
  clock: Clock;
};

/** Recent calls kept for displays that connect or reconnect. */
export const recentCallsShown = 10;

export type QueueService = ReturnType<typeof createQueueService>;

/** The queue's use cases; replies are envelopes ready for the wire. */
export const createQueueService = ({ config, tickets, clock }: QueueServiceDeps) => {
  const today = (): string => businessDayOf(clock(), config.current().centre.timeZone);

  const issueTicket = (serviceId: string, issuedBy: string | null): Reply<IssuedTicket> => {
    const centre = config.current();
    const service = centre.services.find((candidate) => candidate.id === serviceId);
    if (!service) return fail('not-found', `Không có dịch vụ "${serviceId}"`);
    const now = clock();
    const result = tickets.issue(
      { businessDay: today(), serviceId, issuedAt: now.toISOString(), issuedBy },
      (last) => {
        const next = nextSequence(last, service.dailyLimit);
        return next.ok
          ? {
              ok: true,
              sequence: next.sequence,
              number: formatTicketNumber(service.prefix, next.sequence),
            }
          : next;
      },
    );
    if (!result.ok) {
      return fail(
        'daily-limit-reached',
        `Dịch vụ "${service.name}" đã hết số trong ngày (tối đa ${result.limit}). Vui lòng quay lại vào ngày làm việc tiếp theo.`,
      );
    }
    const peopleAhead = tickets.peopleAhead(result.ticket);
    const countersServing = centre.counters.filter((counter) =>
      counter.serviceIds.includes(serviceId),
    ).length;
    return ok({
      ticket: result.ticket,
      serviceName: service.name,
      serviceNameEn: service.nameEn,
      peopleAhead,
      estimatedWaitMinutes: estimateWaitMinutes(peopleAhead, countersServing),
    });
  };

  const toCall = (ticketId: string, recall: boolean): Call | null => {
    const ticket = tickets.byId(ticketId);
    const counter = config
      .current()
      .counters.find((candidate) => candidate.id === ticket?.counterId);
    if (!ticket || !counter || !ticket.calledAt) return null;
    return {
      ticketId: ticket.id,
      ticketNumber: ticket.number,
      serviceId: ticket.serviceId,
      counterId: counter.id,
      counterNumber: counter.number,
      counterName: counter.name,
      calledAt: ticket.calledAt,
      recall,
    };
  };

  const callNext = (counterId: string, actor: string | null): Reply<Call> => {
    const counter = config.current().counters.find((candidate) => candidate.id === counterId);
    if (!counter) return fail('not-found', `Không có quầy "${counterId}"`);
    // A concurrent caller may take the oldest ticket first; try the next few before giving up.
    for (const candidate of tickets.waitingFor(today(), counter.serviceIds, 5)) {
      const called = tickets.markCalled(candidate.id, counter.id, actor, clock().toISOString());
      const call = called ? toCall(called.id, false) : null;
      if (call) return ok(call);
    }
    return fail('no-ticket-waiting', 'Không còn công dân nào đang chờ cho quầy này');
  };

  const recentCalls = (): Call[] =>
    tickets
      .recentlyCalled(today(), recentCallsShown)
      .map((ticket) => toCall(ticket.id, false))
      .filter((call): call is Call => call !== null);

  const summary = (): QueueSummary => ({
    businessDay: today(),
    waiting: tickets.waitingByService(today()),
  });

  return { issueTicket, callNext, recentCalls, summary, today };
};

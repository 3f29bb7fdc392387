import { describe, expect, it } from 'vitest';
import { ticketLookupSchema, type TicketLookup } from '@openops/protocol';
import { publicTicketLookup } from './ticket-lookup-view';

const lookup: TicketLookup = {
  ticket: {
    id: '0195f0a0-0000-7000-8000-000000000001',
    number: 'A012',
    serviceId: 'ho-tich',
    businessDay: '2026-11-26',
    sequence: 12,
    state: 'waiting',
    issuedAt: '2026-11-26T01:00:00.000Z',
    issuedBy: 'giam-sat',
    counterId: null,
    calledAt: null,
    priorityCategoryId: 'phu-nu-mang-thai',
    targetCounterId: null,
    officerId: 'can-bo-1',
    appointmentId: 'appointment-1',
    queuedAt: '2026-11-26T01:00:00.000Z',
  },
  events: [
    {
      type: 'issued',
      actor: 'giam-sat',
      counterId: null,
      at: '2026-11-26T01:00:00.000Z',
      detail: 'ưu tiên: mang thai 7 tháng',
    },
    {
      type: 'transferred',
      actor: 'can-bo-1',
      counterId: 'quay-1',
      at: '2026-11-26T01:05:00.000Z',
      detail: 'Cần chứng thực bản sao giấy khám thai',
    },
  ],
  position: { peopleAhead: 3, estimatedWaitMinutes: 12 },
};

describe('the public view of a ticket', () => {
  const view = publicTicketLookup(lookup);

  it('keeps what the slip and the status screens show: number, service, state, place, wait', () => {
    expect(view.ticket).toMatchObject({
      id: lookup.ticket.id,
      number: 'A012',
      serviceId: 'ho-tich',
      businessDay: '2026-11-26',
      state: 'waiting',
    });
    expect(view.position).toEqual({ peopleAhead: 3, estimatedWaitMinutes: 12 });
    expect(view.events.map(({ type, counterId, at }) => ({ type, counterId, at }))).toEqual(
      lookup.events.map(({ type, counterId, at }) => ({ type, counterId, at })),
    );
  });

  it('drops reasons, notes, people and the priority group, in the shape clients parse', () => {
    const text = JSON.stringify(view);
    ['mang thai', 'phu-nu-mang-thai', 'giam-sat', 'can-bo-1', 'appointment-1'].forEach((secret) =>
      expect(text).not.toContain(secret),
    );
    expect(ticketLookupSchema.safeParse(view).success).toBe(true);
  });
});

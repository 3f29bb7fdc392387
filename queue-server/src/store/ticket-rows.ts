import type { Ticket, TicketEvent, TicketEventType, TicketState } from '@openops/protocol';

export type TicketRow = {
  id: string;
  business_day: string;
  service_id: string;
  queue_service_id: string | null;
  sequence: number;
  number: string;
  state: TicketState;
  issued_at: string;
  issued_by: string | null;
  counter_id: string | null;
  called_at: string | null;
  priority_category_id: string | null;
  priority_reason: string | null;
  target_counter_id: string | null;
  queued_at: string | null;
  serving_started_at: string | null;
  finished_at: string | null;
  officer_id: string | null;
  appointment_id: string | null;
};

/** A row as the wire sees it: `serviceId` is the queue it waits in now (after any transfer). */
export const toTicket = (row: TicketRow): Ticket => ({
  id: row.id,
  businessDay: row.business_day,
  serviceId: row.queue_service_id ?? row.service_id,
  sequence: row.sequence,
  number: row.number,
  state: row.state,
  issuedAt: row.issued_at,
  issuedBy: row.issued_by,
  counterId: row.counter_id,
  calledAt: row.called_at,
  priorityCategoryId: row.priority_category_id,
  targetCounterId: row.target_counter_id,
  servingStartedAt: row.serving_started_at,
  finishedAt: row.finished_at,
  officerId: row.officer_id,
  appointmentId: row.appointment_id,
  queuedAt: row.queued_at,
});

export type TicketEventRow = {
  type: TicketEventType;
  actor: string | null;
  counter_id: string | null;
  at: string;
  detail: string | null;
};

export const toTicketEvent = (row: TicketEventRow): TicketEvent => ({
  type: row.type,
  actor: row.actor,
  counterId: row.counter_id,
  at: row.at,
  detail: row.detail,
});

import { z } from 'zod';
import { sentAtSchema } from './action-timing';
import {
  businessDaySchema,
  idSchema,
  isoTimeSchema,
  issuedTicketSchema,
  ticketSchema,
  ticketStateSchema,
} from './entities';

/** Counter states: `open` takes calls; `paused` keeps its officer but takes none; `closed` has no officer. */
export const counterStates = ['open', 'paused', 'closed'] as const;
export const counterStateSchema = z.enum(counterStates);
export type CounterStateName = z.infer<typeof counterStateSchema>;

export const counterStatusSchema = z.object({
  counterId: idSchema,
  state: counterStateSchema,
  /** Why it is paused, in the officer's words. */
  reason: z.string().nullable(),
  /** The officer (or, in demo mode, the device) holding the counter; null when closed. */
  heldBy: z.string().nullable(),
  since: isoTimeSchema,
  /** The ticket called or being served here, if any. */
  current: ticketSchema.nullable(),
});
export type CounterStatus = z.infer<typeof counterStatusSchema>;

/**
 * How a ticket reached this counter's queue when another counter transferred it: from where,
 * when, and the note its officer wrote for the next one ("cần chứng thực bản sao").
 */
export const transferNoteSchema = z.object({
  ticketId: z.string(),
  /** The counter that transferred it; null when the event has none. */
  fromCounterId: idSchema.nullable(),
  /** That counter's name ("Quầy 1") as configured when the view was read; null if removed. */
  fromCounterName: z.string().nullable(),
  at: isoTimeSchema,
  note: z.string().nullable(),
});
export type TransferNote = z.infer<typeof transferNoteSchema>;

/**
 * A service no open counter but this one serves: were this counter to close, its
 * citizens would wait with nobody to call them until a counter serving it opens.
 */
export const serviceOnlyHereSchema = z.object({
  serviceId: idSchema,
  /** Its waiting tickets this counter may call (those transferred here included). */
  waiting: z.number().int().nonnegative(),
  /** Of `waiting`, the tickets transferred to this counter itself. */
  transferredHere: z.number().int().nonnegative(),
});
export type ServiceOnlyHere = z.infer<typeof serviceOnlyHereSchema>;

/**
 * What a counter sees: its status, the first tickets waiting for it (at most a screenful), how
 * many wait in all, and when the server read it (`at`): a call made after that is not in it.
 * `transfers` names, for the current ticket and the listed waiting ones that were transferred,
 * the latest transfer (absent from servers before it was added; empty when none was).
 * `transferredHereCount`: of `waitingCount`, the tickets transferred to this counter itself,
 * which no other counter may call (absent from servers before it was added).
 * `servicesOnlyHere`: of this counter's services and the queues of the tickets transferred to
 * it, those no other open counter serves, so the close dialog promises no other
 * counter where there is none; the view is sent again when another counter opens or closes
 * (absent from servers before it was added; empty when every one is served elsewhere).
 * `closedCounterIds`: the other counters closed now, to which a transfer is refused, so the
 * transfer dialog marks them; sent again as counters open and close (absent from servers before
 * it was added).
 */
export const counterViewSchema = counterStatusSchema.extend({
  waiting: z.array(ticketSchema),
  waitingCount: z.number().int().nonnegative(),
  at: isoTimeSchema,
  transfers: z.array(transferNoteSchema).optional(),
  transferredHereCount: z.number().int().nonnegative().optional(),
  servicesOnlyHere: z.array(serviceOnlyHereSchema).optional(),
  closedCounterIds: z.array(idSchema).optional(),
});
export type CounterView = z.infer<typeof counterViewSchema>;

/**
 * What a supervisor's release of a counter did (`POST /counters/:id/release`): the counter, now
 * closed, and the tickets that were at it, back in their queue.
 */
export const counterReleaseSchema = z.object({
  counter: counterStatusSchema,
  returned: z.array(ticketSchema),
});
export type CounterRelease = z.infer<typeof counterReleaseSchema>;

/** Body of every action on a counter's current ticket: recall, start, finish, no-show, return. */
export const counterActionBodySchema = z.object({ counterId: idSchema, sentAt: sentAtSchema });
export type CounterActionBody = z.infer<typeof counterActionBodySchema>;

export const callTicketBodySchema = z.object({
  counterId: idSchema,
  ticketId: z.string().min(1).max(64),
  sentAt: sentAtSchema,
});
export type CallTicketBody = z.infer<typeof callTicketBodySchema>;

/** Transfer the counter's current ticket to another service, another counter, or both. */
export const transferBodySchema = z
  .object({
    counterId: idSchema,
    toServiceId: idSchema.optional(),
    toCounterId: idSchema.optional(),
    /** What the next officer should know: "thiếu giấy chứng sinh, đã hướng dẫn bổ sung". */
    note: z.string().trim().max(500).optional(),
    sentAt: sentAtSchema,
  })
  .refine((body) => body.toServiceId !== undefined || body.toCounterId !== undefined, {
    message: 'cần toServiceId hoặc toCounterId (toServiceId or toCounterId required)',
    path: ['toServiceId'],
  });
export type TransferBody = z.infer<typeof transferBodySchema>;

export const pauseCounterBodySchema = z.object({
  counterId: idSchema,
  reason: z.string().trim().min(1).max(200),
  sentAt: sentAtSchema,
});
export type PauseCounterBody = z.infer<typeof pauseCounterBodySchema>;

export const cancelTicketBodySchema = z.object({
  ticketId: z.string().min(1).max(64),
  reason: z.string().trim().max(200).optional(),
});
export type CancelTicketBody = z.infer<typeof cancelTicketBodySchema>;

/** `GET /api/v1/tickets?day=&state=&serviceId=`; `day` defaults to today. */
export const listTicketsQuerySchema = z.object({
  day: businessDaySchema.optional(),
  state: ticketStateSchema.optional(),
  serviceId: idSchema.optional(),
  limit: z.coerce.number().int().min(1).max(50_000).optional(),
});
export type ListTicketsQuery = z.infer<typeof listTicketsQuerySchema>;

export const ticketEventTypes = [
  'issued',
  'called',
  'recalled',
  'serving',
  'done',
  'no-show',
  'transferred',
  'returned',
  'cancelled',
] as const;
export const ticketEventTypeSchema = z.enum(ticketEventTypes);
export type TicketEventType = z.infer<typeof ticketEventTypeSchema>;

/** One change in a ticket's life, with who did it, where and when. */
export const ticketEventSchema = z.object({
  type: ticketEventTypeSchema,
  actor: z.string().nullable(),
  counterId: idSchema.nullable(),
  at: isoTimeSchema,
  detail: z.string().nullable(),
});
export type TicketEvent = z.infer<typeof ticketEventSchema>;

export const ticketWithEventsSchema = z.object({
  ticket: ticketSchema,
  events: z.array(ticketEventSchema),
});
export type TicketWithEvents = z.infer<typeof ticketWithEventsSchema>;

/** Where a waiting ticket stands: the people the calling policy puts ahead, and the wait. */
export const queuePositionSchema = issuedTicketSchema.pick({
  peopleAhead: true,
  estimatedWaitMinutes: true,
});
export type QueuePosition = z.infer<typeof queuePositionSchema>;

/** `GET /api/v1/tickets/:ticketId` (public): the ticket, its events, and its place while it waits. */
export const ticketLookupSchema = ticketWithEventsSchema.extend({
  position: queuePositionSchema.nullable(),
});
export type TicketLookup = z.infer<typeof ticketLookupSchema>;

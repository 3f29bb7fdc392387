import { z } from 'zod';
import { displayLayoutSchema } from './display';

export const idSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9._-]+$/, 'chỉ gồm chữ, số, dấu chấm, gạch ngang, gạch dưới');

/** Business day in the centre's time zone, `YYYY-MM-DD`. */
/** A calendar date, `YYYY-MM-DD`, that exists (no 2026-02-30). */
export const businessDaySchema = z.iso.date();

export const isoTimeSchema = z.string().datetime({ offset: true });

export const prefixSchema = z.string().regex(/^[A-Z]{1,3}$/, 'tiền tố là 1 đến 3 chữ cái in hoa');

/** A span of opening hours on some ISO weekdays (1 = Monday), local time `HH:MM`, end exclusive. */
export const openingHoursSchema = z.object({
  weekdays: z.array(z.number().int().min(1).max(7)).min(1),
  from: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
  to: z.string().regex(/^([01]\d|2[0-4]):[0-5]\d$/),
});
export type OpeningHours = z.infer<typeof openingHoursSchema>;

export const serviceSchema = z.object({
  id: idSchema,
  /** Vietnamese name, shown first everywhere. */
  name: z.string().min(1).max(200),
  nameEn: z.string().min(1).max(200),
  prefix: prefixSchema,
  /** Highest sequence number a day may reach; null for no limit. */
  dailyLimit: z.number().int().positive().nullable(),
  /** The field (lĩnh vực) the service belongs to, for a two-level kiosk menu; flat when absent. */
  fieldId: idSchema.optional(),
  /** When tickets are issued; always open when absent. */
  openingHours: z.array(openingHoursSchema).optional(),
  /** Usual minutes per citizen, used by the wait estimate until history exists. Default 5. */
  serviceMinutes: z.number().positive().max(240).optional(),
});
export type Service = z.infer<typeof serviceSchema>;

export const counterSchema = z.object({
  id: idSchema,
  /** Number spoken and shown on displays: "Quầy 3". */
  number: z.number().int().positive().max(999),
  name: z.string().min(1).max(100),
  serviceIds: z.array(idSchema).min(1),
  /** Area of the floor (a floor, a wing) whose displays call this counter. */
  zone: idSchema,
  /** Share of calls each service gets when several wait; default 1 each (equal turns). */
  weights: z.record(idSchema, z.number().int().min(1).max(100)).optional(),
});
export type Counter = z.infer<typeof counterSchema>;

export const displayConfigSchema = z.object({
  id: idSchema,
  name: z.string().min(1).max(100),
  /** Zones whose counters this display calls; a display shows nothing of other zones. */
  zones: z.array(idSchema).min(1),
  /** Scrolling notice along the bottom of the screen, Vietnamese; none when absent. */
  notice: z.string().min(1).max(1000).optional(),
  /** Layout options; see `displayLayoutSchema` for each default. */
  layout: displayLayoutSchema.partial().optional(),
});
export type DisplayConfig = z.infer<typeof displayConfigSchema>;

export const ticketStates = [
  'waiting',
  'called',
  'serving',
  'done',
  'no-show',
  'cancelled',
] as const;
export const ticketStateSchema = z.enum(ticketStates);
export type TicketState = z.infer<typeof ticketStateSchema>;

/** A ticket number as printed and spoken: prefix plus at least three digits, e.g. `A025`. */
export const ticketNumberSchema = z.string().regex(/^[A-Z]{1,3}\d{3,}$/);

export const ticketSchema = z.object({
  id: z.string(),
  number: ticketNumberSchema,
  serviceId: idSchema,
  businessDay: businessDaySchema,
  sequence: z.number().int().positive(),
  state: ticketStateSchema,
  issuedAt: isoTimeSchema,
  /** Device that asked for the ticket (a kiosk id), or null when issued through REST. */
  issuedBy: z.string().nullable(),
  counterId: idSchema.nullable(),
  calledAt: isoTimeSchema.nullable(),
  /** Priority category granted at issue (elderly, disability...); null for a normal ticket. */
  priorityCategoryId: idSchema.nullable().optional(),
  /** Set when transferred to one counter: only that counter calls it. */
  targetCounterId: idSchema.nullable().optional(),
  servingStartedAt: isoTimeSchema.nullable().optional(),
  finishedAt: isoTimeSchema.nullable().optional(),
  /** Officer who called or serves it. */
  officerId: z.string().nullable().optional(),
  appointmentId: z.string().nullable().optional(),
  /** Its place in the queue: arrival, or the kept place after a transfer or return. */
  queuedAt: isoTimeSchema.nullable().optional(),
});
export type Ticket = z.infer<typeof ticketSchema>;

export const issuedTicketSchema = z.object({
  ticket: ticketSchema,
  serviceName: z.string(),
  serviceNameEn: z.string(),
  peopleAhead: z.number().int().nonnegative(),
  /** Rough estimate in whole minutes; null when the server has no basis for one yet. */
  estimatedWaitMinutes: z.number().int().nonnegative().nullable(),
});
export type IssuedTicket = z.infer<typeof issuedTicketSchema>;

export const callSchema = z.object({
  ticketId: z.string(),
  ticketNumber: ticketNumberSchema,
  serviceId: idSchema,
  counterId: idSchema,
  counterNumber: z.number().int().positive(),
  counterName: z.string(),
  calledAt: isoTimeSchema,
  recall: z.boolean(),
  /** The counter's zone, so displays route the call without a lookup. */
  zone: idSchema.optional(),
});
export type Call = z.infer<typeof callSchema>;

export const queueSummarySchema = z.object({
  businessDay: businessDaySchema,
  waiting: z.array(z.object({ serviceId: idSchema, count: z.number().int().nonnegative() })),
  /**
   * Services whose walk-in numbers for the day are used up (daily limit reached, numbers held
   * for bookings counted): a kiosk marks them before a citizen taps.
   */
  numbersUsedUp: z.array(idSchema),
  /**
   * Services not giving out numbers at this moment (outside their hours, a holiday, a day the
   * centre is closed): a kiosk marks them too, and a tap names the next opening.
   */
  notIssuingNow: z.array(idSchema),
});
export type QueueSummary = z.infer<typeof queueSummarySchema>;

export const centreInfoSchema = z.object({
  name: z.string(),
  nameEn: z.string(),
  timeZone: z.string(),
  /**
   * The address citizens' phones open from a ticket's QR (the centre's public Wi-Fi, or a
   * public web address that forwards to the queue server), e.g. `http://192.168.1.10:8080`.
   * When absent, the address the kiosk reached the server at.
   */
  publicUrl: z.url({ protocol: /^https?$/ }).optional(),
});
export type CentreInfo = z.infer<typeof centreInfoSchema>;

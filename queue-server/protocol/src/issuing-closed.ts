import { z } from 'zod';
import { businessDaySchema, idSchema, openingHoursSchema } from './entities';

/** When a service next gives out tickets: a local day, its ISO weekday and the span's start. */
export const issuingOpeningSchema = z.object({
  day: businessDaySchema,
  weekday: z.number().int().min(1).max(7),
  /** The hour numbers are given out from; null for a service without opening hours (all day). */
  from: openingHoursSchema.shape.from.nullable(),
});
export type IssuingOpening = z.infer<typeof issuingOpeningSchema>;

/**
 * Why a ticket was refused as `service-closed`, so a kiosk says it in its own words: a public
 * holiday, a day off the centre closes, or outside the service's hours; and when numbers are
 * next given out, by the server's calendar (null when the service has no hours, or none comes
 * within a month). Absent from servers before it was added.
 */
export const issuingClosedDetailsSchema = z.object({
  kind: z.literal('issuing-closed'),
  closure: z.enum(['holiday', 'non-working-day', 'outside-hours']),
  serviceId: idSchema,
  nextOpening: issuingOpeningSchema.nullable(),
});
export type IssuingClosedDetails = z.infer<typeof issuingClosedDetailsSchema>;

/**
 * Why a ticket was refused as `daily-limit-reached`: the service's numbers for today are used
 * up, and when it next gives out numbers by the server's calendar (a later day, holidays and
 * days off skipped; null when the service has no hours, or none comes within a month).
 */
export const dailyLimitDetailsSchema = z.object({
  kind: z.literal('daily-limit'),
  serviceId: idSchema,
  limit: z.number().int().positive(),
  nextOpening: issuingOpeningSchema.nullable(),
});
export type DailyLimitDetails = z.infer<typeof dailyLimitDetailsSchema>;

import { z } from 'zod';
import { businessDaySchema, idSchema } from './entities';

/**
 * `GET /api/v1/reports?from=&to=&serviceId=&counterId=&officerId=`: the figures of a period
 * (business days in the centre's time zone, both ends included, at most 366 days), optionally
 * narrowed to one service, counter or officer.
 */
export const reportQuerySchema = z
  .object({
    from: businessDaySchema,
    to: businessDaySchema,
    serviceId: idSchema.optional(),
    counterId: idSchema.optional(),
    officerId: idSchema.optional(),
  })
  .refine((query) => query.from <= query.to, {
    path: ['to'],
    message: 'ngày kết thúc phải sau ngày bắt đầu (to must not be before from)',
  })
  .refine(
    (query) =>
      Date.parse(`${query.to}T00:00:00Z`) - Date.parse(`${query.from}T00:00:00Z`) <=
      365 * 86_400_000,
    { path: ['to'], message: 'tối đa 366 ngày (at most 366 days)' },
  );
export type ReportQuery = z.infer<typeof reportQuerySchema>;

/**
 * `GET /api/v1/reports/officers`: every officer a report can name or be filtered by, those
 * removed from the configuration included (`removed`): their records keep counting.
 */
export const reportOfficerSchema = z.object({
  id: idSchema,
  name: z.string(),
  removed: z.boolean(),
});
export type ReportOfficer = z.infer<typeof reportOfficerSchema>;

/** Export formats and tables: `GET /api/v1/reports/export?format=csv|xlsx&table=...` plus the query. */
export const reportTables = ['summary', 'hours', 'satisfaction'] as const;
export const reportTableSchema = z.enum(reportTables);
export type ReportTable = z.infer<typeof reportTableSchema>;
export const reportFormatSchema = z.enum(['csv', 'xlsx']);
export type ReportFormat = z.infer<typeof reportFormatSchema>;

/**
 * Mean, median and 90th percentile in seconds, rounded to whole seconds. The median of an even
 * count is the mean of the two middle values; p90 is the nearest-rank value (the ⌈0.9·n⌉-th
 * smallest). All null when there is no sample.
 */
export const durationStatsSchema = z.object({
  count: z.number().int().nonnegative(),
  meanSeconds: z.number().nullable(),
  medianSeconds: z.number().nullable(),
  p90Seconds: z.number().nullable(),
});
export type DurationStats = z.infer<typeof durationStatsSchema>;

export const hourRowSchema = z.object({
  /** Hour of day in the centre's time zone, 0–23, by the ticket's issue time. */
  hour: z.number().int().min(0).max(23),
  issued: z.number().int().nonnegative(),
  served: z.number().int().nonnegative(),
  noShow: z.number().int().nonnegative(),
  meanWaitSeconds: z.number().nullable(),
});
export type HourRow = z.infer<typeof hourRowSchema>;

/**
 * Every level counted apart: `verySatisfied` (Rất hài lòng), `satisfied` (Hài lòng), `neutral`
 * (Bình thường), `dissatisfied` (Không hài lòng) and `veryDissatisfied` (Rất không hài lòng);
 * `neutral` is pressed only on 4- and 5-button keypads, `veryDissatisfied` only on 5-button
 * ones. The rate used by the national service-quality index is the share of satisfied citizens:
 * (very satisfied + satisfied) / all ratings, in percent with one decimal; null without ratings.
 */
export const satisfactionRowSchema = z.object({
  scope: z.enum(['officer', 'counter', 'service', 'total']),
  id: z.string(),
  name: z.string(),
  total: z.number().int().nonnegative(),
  verySatisfied: z.number().int().nonnegative(),
  satisfied: z.number().int().nonnegative(),
  neutral: z.number().int().nonnegative(),
  dissatisfied: z.number().int().nonnegative(),
  veryDissatisfied: z.number().int().nonnegative(),
  satisfactionRate: z.number().nullable(),
});
export type SatisfactionRow = z.infer<typeof satisfactionRowSchema>;

export const reportSchema = z.object({
  query: z.object({
    from: businessDaySchema,
    to: businessDaySchema,
    serviceId: z.string().optional(),
    counterId: z.string().optional(),
    officerId: z.string().optional(),
  }),
  /**
   * The query's filters as a reader names them ("Dịch vụ" → "Chứng thực"), in that order, so a
   * file says what it covers; empty for the whole centre (absent from servers before it was added).
   */
  filters: z.array(z.object({ label: z.string(), name: z.string() })).optional(),
  tickets: z.object({
    issued: z.number().int().nonnegative(),
    served: z.number().int().nonnegative(),
    noShow: z.number().int().nonnegative(),
    cancelled: z.number().int().nonnegative(),
  }),
  /** From issue to the (last) call, for tickets that were called. */
  waiting: durationStatsSchema,
  /** From start of service to finish, for tickets served. */
  service: durationStatsSchema,
  hours: z.array(hourRowSchema),
  /**
   * Dossiers received in the period. `onTime`: finished (processed or returned) on or before
   * the promised return date; `late`: finished after it, or unfinished past it; `pending` the rest.
   */
  dossiers: z.object({
    received: z.number().int().nonnegative(),
    onTime: z.number().int().nonnegative(),
    late: z.number().int().nonnegative(),
    pending: z.number().int().nonnegative(),
  }),
  satisfaction: z.array(satisfactionRowSchema),
});
export type Report = z.infer<typeof reportSchema>;

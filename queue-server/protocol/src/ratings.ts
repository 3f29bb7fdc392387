import { z } from 'zod';
import { businessDaySchema, idSchema, isoTimeSchema, ticketNumberSchema } from './entities';
import { ratingLevelSchema } from './keypad';

/** Where a rating came from (DESIGN.md): the counter's keypad, a kiosk or tablet page, online. */
export const ratingSources = ['keypad', 'kiosk', 'online'] as const;
export const ratingSourceSchema = z.enum(ratingSources);
export type RatingSource = z.infer<typeof ratingSourceSchema>;

/** How a rating request collects the press: the counter's armed keypad, or a kiosk/tablet page. */
export const ratingChannels = ['keypad', 'page'] as const;
export const ratingChannelSchema = z.enum(ratingChannels);
export type RatingChannel = z.infer<typeof ratingChannelSchema>;

/**
 * `waiting` until a press arrives (`received`), the window ends (`expired`), or the counter asks
 * for the next citizen's rating first (`cancelled`).
 */
export const ratingRequestStates = ['waiting', 'received', 'expired', 'cancelled'] as const;
export const ratingRequestStateSchema = z.enum(ratingRequestStates);
export type RatingRequestState = z.infer<typeof ratingRequestStateSchema>;

/** Default seconds a kiosk or tablet page offers the buttons when no keypad answers. */
export const defaultRatingPageSeconds = 120;

/** `rating:request` (counter socket) and `POST /api/v1/ratings/requests`: ask the citizen to rate. */
export const ratingRequestBodySchema = z.object({
  counterId: idSchema,
  /** The ticket just finished at this counter. */
  ticketId: z.string().min(1).max(64),
  /** The officer serving; null when the counter has no signed-in officer (demo). */
  officerId: idSchema.nullable().default(null),
  /** The dossier received or returned while serving this ticket, if any. */
  dossierCode: z.string().min(13).max(60).nullable().default(null),
  /** Seconds the citizen has to press. Default 60 on a keypad, 120 on a page. */
  timeoutSeconds: z.number().int().min(5).max(600).optional(),
});
export type RatingRequestBody = z.input<typeof ratingRequestBodySchema>;

/**
 * What a counter and a rating page see of a request: never the level, so the officer only
 * learns that a rating arrived.
 */
export const ratingRequestViewSchema = z.object({
  requestId: z.string(),
  counterId: idSchema,
  counterNumber: z.number().int().positive(),
  ticketId: z.string(),
  ticketNumber: ticketNumberSchema,
  channel: ratingChannelSchema,
  state: ratingRequestStateSchema,
  requestedAt: isoTimeSchema,
  expiresAt: isoTimeSchema,
  /** When the press arrived; null until then. */
  receivedAt: isoTimeSchema.nullable(),
});
export type RatingRequestView = z.infer<typeof ratingRequestViewSchema>;

/** `rating:submit` (rating page socket) and `POST /api/v1/ratings`: the citizen's choice on a page. */
export const submitRatingBodySchema = z.object({
  requestId: z.string().min(1).max(64),
  level: ratingLevelSchema,
  /** Default `kiosk`: a kiosk or a tablet at the counter. */
  source: z.enum(['kiosk', 'online']).default('kiosk'),
});
export type SubmitRatingBody = z.input<typeof submitRatingBodySchema>;

/** `GET /api/v1/ratings/pending?counterId=`: the open request at a counter, for a rating page. */
export const pendingRatingQuerySchema = z.object({ counterId: idSchema });

/** A stored rating: who, where, for what, how satisfied, when, from which source. */
export const ratingSchema = z.object({
  id: z.string(),
  requestId: z.string().nullable(),
  ticketId: z.string(),
  ticketNumber: ticketNumberSchema,
  counterId: idSchema,
  officerId: idSchema.nullable(),
  serviceId: idSchema,
  dossierCode: z.string().nullable(),
  level: ratingLevelSchema,
  source: ratingSourceSchema,
  ratedAt: isoTimeSchema,
  businessDay: businessDaySchema,
});
export type Rating = z.infer<typeof ratingSchema>;

/** `GET /api/v1/ratings?from=&to=&counterId=&officerId=&serviceId=` (supervisors, reports). */
export const listRatingsQuerySchema = z.object({
  from: businessDaySchema.optional(),
  to: businessDaySchema.optional(),
  counterId: idSchema.optional(),
  officerId: idSchema.optional(),
  serviceId: idSchema.optional(),
  limit: z.coerce.number().int().min(1).max(10_000).default(1000),
});
export type ListRatingsQuery = z.infer<typeof listRatingsQuerySchema>;

/** Counts per level and the share of satisfied answers (very satisfied + satisfied). */
export const ratingSummarySchema = z.object({
  total: z.number().int().nonnegative(),
  byLevel: z.record(ratingLevelSchema, z.number().int().nonnegative()),
  /** 0..1; null when there is no rating. */
  satisfiedShare: z.number().min(0).max(1).nullable(),
});
export type RatingSummary = z.infer<typeof ratingSummarySchema>;

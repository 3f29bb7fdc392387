import { z } from 'zod';
import {
  idSchema,
  listRatingsQuerySchema,
  pendingRatingQuerySchema,
  procedureSchema,
  ratingRequestViewSchema,
  ratingSchema,
  ratingSummarySchema,
  submitRatingBodySchema,
  updateProcedureBodySchema,
  type AnyRole,
} from '@openops/protocol';
import type { Operation } from './openapi-document';

/** What `supervisorGuard` admits: supervisor and admin sessions (on an open demo, a named actor). */
const supervisors: AnyRole[] = ['supervisor', 'admin'];

/** The procedure and rating routes (procedure-routes.ts, rating-routes.ts) for the OpenAPI document. */
export const procedureOperations: readonly Operation[] = [
  {
    method: 'get',
    path: '/procedures',
    summary: "The centre's procedures: checklist, fees, processing days, where to submit",
    roles: [],
    // procedure-routes.ts parses `serviceId` alone with `idSchema.optional()`.
    query: z.object({ serviceId: idSchema.optional() }),
    data: z.array(procedureSchema),
  },
  {
    method: 'get',
    path: '/procedures/{id}',
    summary: 'One procedure',
    roles: [],
    data: procedureSchema,
  },
  {
    method: 'put',
    path: '/procedures/{id}',
    summary:
      "Replace a procedure's checklist, fees and processing time (audited); kiosks and counters are told at once",
    roles: supervisors,
    body: updateProcedureBodySchema,
    data: procedureSchema,
  },
  {
    method: 'get',
    path: '/ratings/pending',
    summary: "A counter's open rating requests, for a kiosk or tablet rating page",
    roles: ['kiosk', 'counter', 'supervisor', 'admin'],
    query: pendingRatingQuerySchema,
    data: z.array(ratingRequestViewSchema),
  },
  {
    method: 'post',
    path: '/ratings',
    summary: "The citizen's rating from a kiosk or tablet page",
    roles: ['kiosk', 'counter', 'supervisor', 'admin'],
    body: submitRatingBodySchema,
    data: ratingRequestViewSchema,
    success: 201,
  },
  {
    method: 'get',
    path: '/ratings',
    summary: 'Stored ratings and their summary',
    roles: supervisors,
    query: listRatingsQuerySchema,
    // rating-routes.ts answers both together; the protocol has no schema for the pair.
    data: z.object({ ratings: z.array(ratingSchema), summary: ratingSummarySchema }),
  },
];

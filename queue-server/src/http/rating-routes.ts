import express, { type Router } from 'express';
import {
  listRatingsQuerySchema,
  ok,
  parseInput,
  pendingRatingQuerySchema,
  submitRatingBodySchema,
} from '@openops/protocol';
import type { RatingService } from '../ratings/rating-service';
import { supervisorGuard, type SupervisorGuard } from '../procedures/supervisor-guard';
import { send } from './reply';

/**
 * `GET /ratings/pending?counterId=` and `POST /ratings` for a kiosk or tablet rating page;
 * `GET /ratings?from=&to=&counterId=&officerId=&serviceId=` (ratings and their summary) for
 * supervisors (default guard: `supervisorGuard`).
 */
export const ratingRoutes = (
  ratings: RatingService,
  guard: SupervisorGuard = supervisorGuard,
): Router => {
  const router = express.Router();
  router.get('/ratings/pending', (request, response) => {
    const query = parseInput(pendingRatingQuerySchema, request.query);
    if (!query.ok) return send(response, query);
    return send(response, ok(ratings.waiting(query.value.counterId)));
  });
  router.post('/ratings', (request, response) => {
    const body = parseInput(submitRatingBodySchema, request.body);
    if (!body.ok) return send(response, body);
    return send(
      response,
      ratings.submit(body.value.requestId, body.value.level, body.value.source),
      201,
    );
  });
  router.get('/ratings', (request, response) => {
    const allowed = guard(request, response);
    if (!allowed.ok) return send(response, allowed);
    const query = parseInput(listRatingsQuerySchema, request.query);
    if (!query.ok) return send(response, query);
    return send(
      response,
      ok({ ratings: ratings.list(query.value), summary: ratings.summary(query.value) }),
    );
  });
  return router;
};

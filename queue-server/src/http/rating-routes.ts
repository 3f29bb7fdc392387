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
import { requireRoles } from './auth-middleware';
import { send } from './reply';

/**
 * `GET /ratings/pending?counterId=` and `POST /ratings` for a kiosk or tablet rating page (kiosk
 * and counter devices, staff);
 * `GET /ratings?from=&to=&counterId=&officerId=&serviceId=` (ratings and their summary) for
 * supervisors (default guard: `supervisorGuard`).
 */
export const ratingRoutes = (
  ratings: RatingService,
  guard: SupervisorGuard = supervisorGuard,
): Router => {
  const router = express.Router();
  // A rating page runs on a paired kiosk or counter device; anyone else could fill the
  // centre's satisfaction figures with made-up ratings.
  const ratingDevices = requireRoles('kiosk', 'counter', 'supervisor', 'admin');
  router.get('/ratings/pending', ratingDevices, (request, response) => {
    const query = parseInput(pendingRatingQuerySchema, request.query);
    if (!query.ok) return send(response, query);
    return send(response, ok(ratings.waiting(query.value.counterId)));
  });
  router.post('/ratings', ratingDevices, (request, response) => {
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

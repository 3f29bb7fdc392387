import express, { type Router } from 'express';
import { fail, ok, parseInput } from '@openops/protocol';
import { z } from 'zod';
import type { SyncModule } from '../sync/sync-module';
import { requireRoles } from './auth-middleware';
import { send } from './reply';

const parkedQuerySchema = z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) });
const parkedParamsSchema = z.object({ id: z.coerce.number().int().positive() });

/**
 * What the supervisor sees of sync, `/api/v1/sync/...`: the outbox's counts and age, parked
 * records with their reasons (and a retry once the cause is fixed), and the pulled catalogue.
 */
export const syncRoutes = (sync: SyncModule): Router => {
  const router = express.Router();
  const staff = requireRoles('counter', 'supervisor', 'admin');
  const supervisors = requireRoles('supervisor', 'admin');

  router.get('/sync/status', staff, (_request, response) => {
    send(response, ok(sync.status()));
  });

  router.get('/sync/parked', staff, (request, response) => {
    const parsed = parseInput(parkedQuerySchema, request.query);
    if (!parsed.ok) return send(response, parsed);
    return send(response, ok(sync.parked(parsed.value.limit)));
  });

  router.post('/sync/parked/:id/retry', supervisors, (request, response) => {
    const parsed = parseInput(parkedParamsSchema, { id: request.params.id });
    if (!parsed.ok) return send(response, parsed);
    return send(
      response,
      sync.retryParked(parsed.value.id)
        ? ok({ id: parsed.value.id, requeued: true })
        : fail('not-found', 'Không có bản ghi đang treo với mã này (no such parked record)'),
    );
  });

  router.get('/sync/catalogue', staff, (_request, response) => {
    send(response, ok(sync.pull.catalogue()));
  });

  return router;
};

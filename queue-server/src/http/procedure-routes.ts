import express, { type Router } from 'express';
import {
  idSchema,
  ok,
  parseInput,
  procedureParamsSchema,
  updateProcedureBodySchema,
} from '@openops/protocol';
import type { ProcedureService } from '../procedures/procedure-service';
import { supervisorGuard, type SupervisorGuard } from '../procedures/supervisor-guard';
import { send } from './reply';

const listQuerySchema = idSchema.optional();

/**
 * `GET /procedures[?serviceId=]`, `GET /procedures/:id` for any screen;
 * `PUT /procedures/:id` for supervisors (default guard: `supervisorGuard`).
 */
export const procedureRoutes = (
  procedures: ProcedureService,
  guard: SupervisorGuard = supervisorGuard,
): Router => {
  const router = express.Router();
  router.get('/procedures', (request, response) => {
    const serviceId = parseInput(listQuerySchema, request.query.serviceId);
    if (!serviceId.ok) return send(response, serviceId);
    return send(response, ok(procedures.list(serviceId.value)));
  });
  router.get('/procedures/:id', (request, response) => {
    const params = parseInput(procedureParamsSchema, request.params);
    if (!params.ok) return send(response, params);
    return send(response, procedures.get(params.value.id));
  });
  router.put('/procedures/:id', async (request, response) => {
    const allowed = guard(request, response);
    if (!allowed.ok) return send(response, allowed);
    const params = parseInput(procedureParamsSchema, request.params);
    if (!params.ok) return send(response, params);
    const body = parseInput(updateProcedureBodySchema, request.body);
    if (!body.ok) return send(response, body);
    return send(response, await procedures.update(params.value.id, body.value, allowed.data.actor));
  });
  return router;
};

import express, { type Router } from 'express';
import { floorSettingsSchema, ok, parseInput } from '@openops/protocol';
import { supervisorGuard, type SupervisorGuard } from '../procedures/supervisor-guard';
import type { FloorArea } from '../floor/floor-area';
import type { AuditLog } from '../audit/audit-log';
import { send } from './reply';

/**
 * `GET /floor`: the live floor once (the `/supervisor` socket pushes it as it changes);
 * `GET|PUT /floor/settings`: the wait that raises an alert. Supervisors and admins only.
 */
export const floorRoutes = (
  floor: FloorArea,
  audit: AuditLog,
  clock: () => Date,
  guard: SupervisorGuard = supervisorGuard,
): Router => {
  const router = express.Router();
  router.get('/floor', (request, response) => {
    const allowed = guard(request, response);
    if (!allowed.ok) return send(response, allowed);
    return send(response, ok(floor.view()));
  });
  router.get('/floor/settings', (request, response) => {
    const allowed = guard(request, response);
    if (!allowed.ok) return send(response, allowed);
    return send(response, ok(floor.settings.current()));
  });
  router.put('/floor/settings', (request, response) => {
    const allowed = guard(request, response);
    if (!allowed.ok) return send(response, allowed);
    const body = parseInput(floorSettingsSchema, request.body);
    if (!body.ok) return send(response, body);
    const before = floor.settings.current();
    floor.settings.save(body.value);
    audit.record({
      at: clock().toISOString(),
      actor: allowed.data.actor,
      section: 'floor-settings',
      action: 'update',
      summary: `ngưỡng chờ ${before.waitAlertMinutes} → ${body.value.waitAlertMinutes} phút`,
    });
    return send(response, ok(body.value));
  });
  return router;
};

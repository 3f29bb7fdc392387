import express, { type Router } from 'express';
import { supervisorGuard, type SupervisorGuard } from '../procedures/supervisor-guard';
import type { AuditLog } from './audit-log';

/**
 * Procedures keep their own route (`PUT /procedures/:id`, the counter area's); this router runs
 * before it and, once that route has answered 200, appends who changed which procedure to the
 * audit log, so the log covers every part of the centre model. It never answers itself.
 */
export const procedureAuditRoutes = (
  audit: AuditLog,
  clock: () => Date,
  guard: SupervisorGuard = supervisorGuard,
): Router => {
  const router = express.Router();
  router.put('/procedures/:id', (request, response, next) => {
    const allowed = guard(request, response);
    if (allowed.ok) {
      const id = String(request.params.id);
      response.once('finish', () => {
        if (response.statusCode !== 200) return;
        audit.record({
          at: clock().toISOString(),
          actor: allowed.data.actor,
          section: 'procedures',
          action: 'update',
          summary: `sửa ${id}`,
        });
      });
    }
    next();
  });
  return router;
};

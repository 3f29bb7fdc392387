import express, { type Router } from 'express';
import { fail, ok } from '@openops/protocol';
import type { AuditLog } from '../audit/audit-log';
import { supervisorGuard, type SupervisorGuard } from '../procedures/supervisor-guard';
import { describeBackups, type DailyBackups } from '../store/daily-backup';
import { send } from './reply';

/**
 * `GET /backups`: the day copies kept; `POST /backups`: take today's now (before moving the
 * server, or after a day of heavy changes), audited. Supervisors and admins only.
 */
export const backupRoutes = (
  backups: DailyBackups,
  audit: AuditLog,
  clock: () => Date,
  guard: SupervisorGuard = supervisorGuard,
): Router => {
  const router = express.Router();
  router.get('/backups', async (request, response) => {
    const allowed = guard(request, response);
    if (!allowed.ok) return send(response, allowed);
    const list = await describeBackups(backups.folder);
    const { failingSince, lastError } = backups.health();
    return send(
      response,
      ok({ folder: backups.folder, keep: backups.keep, backups: list, failingSince, lastError }),
    );
  });
  router.post('/backups', async (request, response) => {
    const allowed = guard(request, response);
    if (!allowed.ok) return send(response, allowed);
    try {
      const backup = await backups.takeNow();
      audit.record({
        at: clock().toISOString(),
        actor: allowed.data.actor,
        section: 'backups',
        action: 'create',
        summary: `sao lưu ${backup.day} (${backup.bytes} byte)`,
      });
      return send(response, ok(backup), 201);
    } catch (error) {
      return send(
        response,
        fail('internal', `Không sao lưu được: ${(error as Error).message} (backup failed)`),
      );
    }
  });
  return router;
};

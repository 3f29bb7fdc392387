import type { Router } from 'express';
import type { Server } from 'socket.io';
import type { Call, CentreSnapshot, DisplayView, SyncStatus } from '@openops/protocol';
import type { CentreConfigStore } from '../config/centre-config-store';
import type { DeviceHub } from '../devices/device-hub';
import type { Security } from '../auth/security';
import type { SqliteDatabase } from '../store/database';
import { createAuditLog } from '../audit/audit-log';
import { backupRoutes } from '../http/backup-routes';
import type { DailyBackups } from '../store/daily-backup';
import { procedureAuditRoutes } from '../audit/procedure-audit';
import { createReportService } from '../reports/report-service';
import { createOfficerNames } from '../store/officer-names';
import { attachSupervisorNamespace } from '../realtime/supervisor-namespace';
import { floorRoutes } from '../http/floor-routes';
import { reportRoutes } from '../http/report-routes';
import { configRoutes } from '../http/config-routes';
import { createInUse } from '../config/config-in-use';
import { createFloorArea } from './floor-area';
import { pushConfigChange } from '../realtime/supervisor-config-push';

type Deps = {
  io: Server;
  database: SqliteDatabase;
  config: CentreConfigStore;
  devices: DeviceHub;
  security: Security;
  clock: () => Date;
  /** The centre snapshot every screen gets (the realtime context's). */
  snapshot: () => CentreSnapshot;
  /** A display's latest calls, sent again when its zones change. */
  recentCallsFor: (view: DisplayView) => Call[];
  /** How records reach OpenOPS, for the floor's sync alerts. */
  syncStatus?: () => SyncStatus;
  /** The daily copies of the store, when the server takes them. */
  backups?: DailyBackups;
  /**
   * Tells the queue's live clients that the centre changed under them: each counter's view
   * (its services, its queue, which other counters serve what) is read again and sent.
   */
  queueChanged: () => void;
};

/**
 * Everything the supervisor and admin screens use: the live floor (REST and the `/supervisor`
 * socket), reports and exports, configuration editing with its audit log.
 */
export const attachSupervisorArea = (
  deps: Deps,
): { routers: Router[]; auditHooks: Router; close: () => void } => {
  const floor = createFloorArea({
    ...deps,
    ...(deps.backups ? { backupHealth: deps.backups.health } : {}),
  });
  const audit = createAuditLog(deps.database);
  const namespace = attachSupervisorNamespace(deps.io, floor, deps.security);
  // Names are kept from the start, so an officer removed later is still named in reports.
  const officerNames = createOfficerNames(deps.database);
  const rememberOfficers = (): void => officerNames.remember(deps.config.current().officers ?? []);
  rememberOfficers();
  const reports = createReportService({ ...deps, officerNames });
  return {
    routers: [
      floorRoutes(floor, audit, deps.clock),
      reportRoutes(reports),
      configRoutes({
        config: deps.config,
        audit,
        clock: deps.clock,
        inUse: createInUse(deps.database),
        accounts: deps.security.signIn,
        onChanged: () => {
          pushConfigChange(deps.io, deps.config, deps.snapshot, deps.recentCallsFor);
          rememberOfficers();
          deps.queueChanged();
        },
      }),
      ...(deps.backups ? [backupRoutes(deps.backups, audit, deps.clock)] : []),
    ],
    /** Mounted before the other areas' routers: it watches their answers (procedures). */
    auditHooks: procedureAuditRoutes(audit, deps.clock),
    close: () => {
      namespace.close();
      floor.close();
    },
  };
};

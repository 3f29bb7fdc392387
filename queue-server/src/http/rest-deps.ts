import type { QueueService } from '../queue/queue-service';
import type { CentreConfigStore } from '../config/centre-config-store';
import type { Security } from '../auth/security';
import type { AppointmentService } from '../appointments/appointment-service';

/** What every REST router may use. Routers for other areas add their own deps beside these. */
export type RestDeps = {
  queue: QueueService;
  config: CentreConfigStore;
  security: Security;
  appointments: AppointmentService;
  version: string;
  startedAt: number;
};

import type { Call } from '@openops/protocol';
import type { QueueService } from '../queue/queue-service';
import type { CentreConfigStore } from '../config/centre-config-store';

/** What every REST router may use. Routers for other areas add their own deps beside these. */
export type RestDeps = {
  queue: QueueService;
  config: CentreConfigStore;
  version: string;
  startedAt: number;
  /** Called after any change so live clients see it. */
  onChange: (change: { kind: 'ticket-issued' } | { kind: 'call-made'; call: Call }) => void;
};

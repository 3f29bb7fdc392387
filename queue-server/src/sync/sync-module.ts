import type {
  DossierStatus,
  ParkedRecord,
  Rating,
  SyncConfig,
  SyncStatus,
} from '@openops/protocol';
import { createLogger } from '@openops/protocol/logger';
import type { CentreConfigStore } from '../config/centre-config-store';
import type { DossierRepository } from '../dossiers/dossier-repository';
import { createNotifier, type Notifier } from '../notifications/notifier';
import { createHttpSmsGateway, type SmsGateway } from '../notifications/sms-gateway';
import { procedureNameEn } from '../procedures/procedure-names';
import type { SqliteDatabase } from '../store/database';
import type { HttpFetch } from './delivery-outcome';
import { createCentralResultTaker } from './central-result';
import { createOutboxStore } from './outbox-store';
import { createSyncHealthStore } from './sync-health-store';
import { problemAt } from './sync-problems';
import { enqueueRating } from './rating-sync';
import { createQueueStatsFeed } from './queue-stats-feed';
import { createOpenStatusPull } from './open-status-pull';
import { createStatusPull, type StatusPull } from './status-pull';
import { createSyncWorker, type SyncWorker } from './sync-worker';
import { createTicketEventFeed, ticketFeedBatch } from './ticket-event-feed';

const log = createLogger('sync');

/** Delivered records are kept this long for audit, then purged. Default 30 days. */
const deliveredRetentionMs = 30 * 24 * 60 * 60 * 1000;
/** Open dossiers whose status one pull refreshes. */
const statusPullBatch = 50;

export type SyncModuleDeps = {
  database: SqliteDatabase;
  config: CentreConfigStore;
  /** The effective sync settings (centre.json or start-up overrides); null when off. */
  sync: SyncConfig | null;
  dossiers: DossierRepository;
  clock: () => Date;
  /** Default: Math.random. */
  random?: () => number;
  /** Default: the global fetch (keep-alive connections). */
  fetch?: HttpFetch;
  /** For the "near the front" text (see `NotifierDeps.peopleAhead`). */
  peopleAhead?: (ticketId: string) => number | null;
};

export type SyncModule = {
  worker: SyncWorker;
  pull: StatusPull;
  notifier: Notifier;
  start: () => void;
  stop: () => Promise<void>;
  status: () => SyncStatus;
  parked: (limit: number) => ParkedRecord[];
  retryParked: (id: number) => boolean;
  /** The ratings' in-transaction `onStored` hook: queues the rating for sync. */
  ratingStored: (rating: Rating) => void;
};

/** Everything that moves records between this centre and OpenOPS, wired together. */
export const createSyncModule = (deps: SyncModuleDeps): SyncModule => {
  const fetchImpl = deps.fetch ?? fetch;
  const syncConfig = (): SyncConfig | null => deps.sync;
  const agencyCode = (): string => deps.config.current().agencyCode;
  const timeZone = (): string => deps.config.current().centre.timeZone;
  const aliasesOf = (serviceId: string): string[] => {
    const fieldId = deps.config
      .current()
      .services.find((service) => service.id === serviceId)?.fieldId;
    return fieldId ? [fieldId] : [];
  };
  const outbox = createOutboxStore(deps.database);
  const smsGateway: SmsGateway | null = deps.sync?.sms
    ? createHttpSmsGateway(deps.sync.sms, fetchImpl)
    : null;
  const notifier = createNotifier({
    database: deps.database,
    sms: () => deps.sync?.sms ?? null,
    centreName: () => deps.config.current().centre.name,
    timeZone,
    clock: deps.clock,
    ...(deps.peopleAhead ? { peopleAhead: deps.peopleAhead } : {}),
  });
  const takeResultDecidedCentrally = createCentralResultTaker({
    database: deps.database,
    dossiers: deps.dossiers,
    clock: deps.clock,
  });
  const pull = createStatusPull({
    database: deps.database,
    sync: syncConfig,
    agencyCode,
    clock: deps.clock,
    fetch: fetchImpl,
    localDossier: (code) => deps.dossiers.byCode(code),
    procedureNameEn: (procedureId) =>
      procedureNameEn(deps.config.current().procedures, procedureId),
    aliasesOf,
    onRemoteStatus: (dossier, status: DossierStatus) => {
      if (status !== 9) return;
      notifier.dossierReady(dossier);
      takeResultDecidedCentrally(dossier);
    },
  });
  const feedTicketEvents = createTicketEventFeed(deps.database, agencyCode);
  const feedQueueStats = createQueueStatsFeed({
    database: deps.database,
    agencyCode,
    timeZone,
    clock: deps.clock,
  });
  let lastPurgeAt = 0;

  const worker = createSyncWorker({
    outbox,
    health: createSyncHealthStore(deps.database),
    sync: syncConfig,
    agencyCode,
    clock: deps.clock,
    random: deps.random ?? Math.random,
    fetch: fetchImpl,
    sms: () => smsGateway,
    aliasesOf,
    beforeRound: () => {
      // One batch per round: a long backlog (a restart after a day offline) moves in short
      // steps between which the queue keeps answering, instead of one long stall.
      const backlog = feedTicketEvents() === ticketFeedBatch;
      notifier.checkQueue();
      const monitoring = deps.sync?.monitoring;
      if (monitoring) feedQueueStats(monitoring.intervalSeconds);
      const now = deps.clock().getTime();
      if (now - lastPurgeAt > 60 * 60 * 1000) {
        lastPurgeAt = now;
        const purged = outbox.purgeDelivered(new Date(now - deliveredRetentionMs).toISOString());
        if (purged > 0) log.info('purged delivered records', { purged });
      }
      return backlog;
    },
  });

  const timers: NodeJS.Timeout[] = [];
  const pullOpenStatuses = createOpenStatusPull({
    openCodes: (limit, after) => deps.dossiers.openCodes(limit, after),
    refreshStatus: (code) =>
      deps.sync
        ? pull.refreshStatus(code, deps.sync.retry.requestTimeoutMs)
        : Promise.resolve('unreachable'),
    batch: statusPullBatch,
  });

  return {
    worker,
    pull,
    notifier,
    start: () => {
      worker.start();
      const sync = deps.sync;
      if (!sync) {
        log.info('no OpenOPS backend configured; records wait in the outbox');
        return;
      }
      log.info('sync started', { backends: sync.backends.map((backend) => backend.id) });
      void pull.refreshCatalogue();
      timers.push(
        setInterval(() => void pull.refreshCatalogue(), sync.pull.catalogueIntervalSeconds * 1000),
        setInterval(() => void pullOpenStatuses(), sync.pull.statusIntervalSeconds * 1000),
      );
      timers.forEach((timer) => timer.unref());
    },
    stop: async () => {
      timers.splice(0).forEach((timer) => clearInterval(timer));
      await worker.stop();
    },
    status: () => {
      const counts = outbox.counts();
      const health = worker.health();
      const now = deps.clock();
      return {
        enabled: deps.sync !== null,
        pending: counts.pending,
        parked: counts.parked,
        delivered: counts.delivered,
        oldestPendingSeconds:
          counts.oldestPendingAt === null
            ? null
            : Math.max(0, Math.round((now.getTime() - Date.parse(counts.oldestPendingAt)) / 1000)),
        lastDeliveredAt: health.lastDeliveredAt,
        lastError: health.lastError
          ? problemAt(health.lastError.text, health.lastError.at, timeZone())
          : null,
        lastErrorAt: health.lastError?.at ?? null,
        catalogueRefreshedAt: pull.catalogue().refreshedAt,
      };
    },
    parked: (limit) => outbox.parked(limit),
    ratingStored: (rating) => {
      enqueueRating(deps.database, rating);
      // The worker runs after this synchronous transaction has committed.
      worker.wake();
    },
    retryParked: (id) => {
      const unparked = outbox.unpark(id);
      if (unparked) worker.wake();
      return unparked;
    },
  };
};

import type { CentreConfigStore } from '../config/centre-config-store';
import type { SqliteDatabase } from '../store/database';
import type { HttpFetch } from '../sync/delivery-outcome';
import { createSyncModule, type SyncModule } from '../sync/sync-module';
import { resolveSyncConfig, type SyncOverrides } from '../sync/sync-settings';
import { applicantIdDigestWith } from './applicant-id-digest';
import { createDossierRepository } from './dossier-repository';
import { createDossierService, type DossierService } from './dossier-service';

export type DossierArea = { dossiers: DossierService; sync: SyncModule };

/**
 * Dossiers and the sync that carries them (and tickets, ratings, statistics, texts) to
 * OpenOPS, built together because every dossier change writes its sync record in the same
 * transaction. Throws SyncSettingsError on a bad sync configuration.
 */
export const createDossierArea = (deps: {
  database: SqliteDatabase;
  config: CentreConfigStore;
  clock: () => Date;
  syncOverrides?: SyncOverrides;
  fetch?: HttpFetch;
  /** For the "near the front" text (see `NotifierDeps.peopleAhead`). */
  peopleAhead?: (ticketId: string) => number | null;
  /** The centre's secret key for the applicant ID digests (`loadApplicantIdKey`). */
  applicantIdKey: Buffer;
}): DossierArea => {
  const repository = createDossierRepository(deps.database);
  const sync = createSyncModule({
    database: deps.database,
    config: deps.config,
    sync: resolveSyncConfig(deps.config.current().sync, deps.syncOverrides ?? {}),
    dossiers: repository,
    clock: deps.clock,
    ...(deps.fetch ? { fetch: deps.fetch } : {}),
    ...(deps.peopleAhead ? { peopleAhead: deps.peopleAhead } : {}),
  });
  const dossiers = createDossierService({
    config: deps.config,
    dossiers: repository,
    notifier: sync.notifier,
    pull: sync.pull,
    clock: deps.clock,
    idDigest: applicantIdDigestWith(deps.applicantIdKey),
  });
  return { dossiers, sync };
};

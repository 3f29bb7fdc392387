import {
  dossierStatusNames,
  nationalCatalogueSchema,
  nationalStatusReplySchema,
  type CatalogueView,
  type Dossier,
  type DossierLookup,
  type DossierStatus,
  type NationalCatalogue,
  type SyncConfig,
} from '@openops/protocol';
import { createLogger } from '@openops/protocol/logger';
import type { SqliteDatabase } from '../store/database';
import { fetchFromBackend } from './backend-client';
import { backendForField } from './backend-router';
import type { HttpFetch } from './delivery-outcome';
import { fromNationalTime, nationalToDay } from './national-adapter';

const log = createLogger('sync-pull');

type RemoteRow = {
  status: number;
  return_date: string | null;
  fetched_at: string;
};

export type StatusPullDeps = {
  database: SqliteDatabase;
  sync: () => SyncConfig | null;
  agencyCode: () => string;
  clock: () => Date;
  fetch: HttpFetch;
  /** The local dossier, when this centre received it. */
  localDossier: (code: string) => Dossier | null;
  /** A procedure's English name from the centre's configuration; undefined when it has none. */
  procedureNameEn: (procedureId: string) => string | undefined;
  /** Other names of a field (queue service id) a backend may list. */
  aliasesOf: (field: string) => readonly string[];
  /** Called inside the transaction that stores a pulled status (e.g. to queue a "ready" text). */
  onRemoteStatus: (dossier: Dossier, status: DossierStatus) => void;
};

const secondsSince = (iso: string | null, now: Date): number | null =>
  iso === null ? null : Math.max(0, Math.round((now.getTime() - Date.parse(iso)) / 1000));

/**
 * The pull side of sync: dossier statuses and the procedure catalogue are fetched from the
 * backend into local copies, and served from those copies, with their age, when the link is down.
 */
export const createStatusPull = (deps: StatusPullDeps) => {
  const { database } = deps;
  const statements = {
    remote: database.prepare<[string], RemoteRow>(
      'SELECT status, return_date, fetched_at FROM sync_remote_status WHERE dossier_code = ?',
    ),
    saveRemote: database.prepare(
      `INSERT INTO sync_remote_status (dossier_code, status, return_date, returned_at, fetched_at)
       VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (dossier_code) DO UPDATE SET status = excluded.status,
         return_date = excluded.return_date, returned_at = excluded.returned_at,
         fetched_at = excluded.fetched_at`,
    ),
    unsynced: database.prepare<[string], { found: number }>(
      `SELECT 1 AS found FROM sync_outbox WHERE order_key = ? AND state != 'done' LIMIT 1`,
    ),
    cache: database.prepare<[string], { body: string; fetched_at: string }>(
      'SELECT body, fetched_at FROM sync_cache WHERE name = ?',
    ),
    saveCache: database.prepare(
      `INSERT INTO sync_cache (name, body, fetched_at) VALUES (?, ?, ?)
       ON CONFLICT (name) DO UPDATE SET body = excluded.body, fetched_at = excluded.fetched_at`,
    ),
  };

  const storeRemote = database.transaction(
    (
      code: string,
      status: DossierStatus,
      returnDate: string | null,
      returnedAt: string | null,
      at: string,
    ) => {
      statements.saveRemote.run(code, status, returnDate, returnedAt, at);
      const local = deps.localDossier(code);
      if (local) deps.onRemoteStatus(local, status);
    },
  );

  /** Asks the backend for one dossier's status and stores it; false when the backend did not answer. */
  const refreshStatus = async (
    code: string,
    timeoutMs: number,
  ): Promise<'stored' | 'unknown' | 'unreachable'> => {
    const sync = deps.sync();
    if (!sync) return 'unreachable';
    const serviceId = deps.localDossier(code)?.serviceId ?? null;
    const target = backendForField(sync, serviceId, serviceId ? deps.aliasesOf(serviceId) : []);
    if (!target) return 'unreachable';
    const reply = await fetchFromBackend(deps.fetch, {
      target,
      path: `/v1/dossiers/${encodeURIComponent(code)}/status`,
      timeoutMs,
      agencyCode: deps.agencyCode(),
    });
    if (!reply.ok) return reply.notFound ? 'unknown' : 'unreachable';
    const parsed = nationalStatusReplySchema.safeParse(reply.data);
    if (!parsed.success || parsed.data.MaHoSo !== code) {
      log.warn('unreadable status reply', { code });
      return 'unreachable';
    }
    const status = parsed.data;
    storeRemote(
      code,
      status.TrangThaiHoSo,
      status.NgayHenTra ? nationalToDay(status.NgayHenTra) : null,
      status.NgayTra ? fromNationalTime(status.NgayTra) : null,
      deps.clock().toISOString(),
    );
    return 'stored';
  };

  const lookup = async (code: string): Promise<DossierLookup | null> => {
    const sync = deps.sync();
    const fresh = sync ? await refreshStatus(code, sync.pull.lookupTimeoutMs) : 'unreachable';
    const now = deps.clock();
    const local = deps.localDossier(code);
    const remote = statements.remote.get(code) ?? null;
    if (!local && !remote) return null;
    // The newer of the two wins: a change made here that the backend has not received yet (or
    // made after the last pull), else the backend's (a department may have processed the
    // dossier since it left this counter).
    const localAhead =
      local !== null &&
      (statements.unsynced.get(code) !== undefined ||
        remote === null ||
        Date.parse(local.statusAt) > Date.parse(remote.fetched_at));
    const useRemote = remote !== null && !localAhead;
    const status = (useRemote && remote ? remote.status : (local?.status ?? 2)) as DossierStatus;
    const names = dossierStatusNames[status];
    const procedureNameEn = local ? deps.procedureNameEn(local.procedureId) : undefined;
    return {
      code,
      procedureName: local?.procedureName ?? null,
      ...(procedureNameEn ? { procedureNameEn } : {}),
      status,
      statusName: names.vi,
      statusNameEn: names.en,
      returnDate: (useRemote ? remote?.return_date : null) ?? local?.returnDate ?? null,
      supplementItems: status === 5 && local?.status === 5 ? local.supplementItems : [],
      source: fresh === 'stored' ? 'backend' : 'local-copy',
      refreshedAt: remote?.fetched_at ?? null,
      ageSeconds: secondsSince(remote?.fetched_at ?? null, now),
    };
  };

  const refreshCatalogue = async (): Promise<boolean> => {
    const sync = deps.sync();
    const target = sync ? backendForField(sync, null) : null;
    if (!sync || !target) return false;
    const reply = await fetchFromBackend(deps.fetch, {
      target,
      path: '/v1/procedures',
      timeoutMs: sync.retry.requestTimeoutMs,
      agencyCode: deps.agencyCode(),
    });
    if (!reply.ok) {
      log.info('catalogue refresh failed; serving the local copy', { reason: reply.reason });
      return false;
    }
    const parsed = nationalCatalogueSchema.safeParse(reply.data);
    if (!parsed.success) {
      log.warn('unreadable catalogue; keeping the local copy');
      return false;
    }
    statements.saveCache.run('catalogue', JSON.stringify(parsed.data), deps.clock().toISOString());
    return true;
  };

  const catalogue = (): CatalogueView => {
    const row = statements.cache.get('catalogue');
    if (!row) return { procedures: [], version: null, refreshedAt: null, ageSeconds: null };
    // Written only by refreshCatalogue from a parsed reply.
    const body = JSON.parse(row.body) as NationalCatalogue;
    return {
      procedures: body.DanhSachTTHC,
      version: body.PhienBan,
      refreshedAt: row.fetched_at,
      ageSeconds: secondsSince(row.fetched_at, deps.clock()),
    };
  };

  return { lookup, refreshStatus, refreshCatalogue, catalogue };
};

export type StatusPull = ReturnType<typeof createStatusPull>;

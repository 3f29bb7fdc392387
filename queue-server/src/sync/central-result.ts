import { allowedFrom, type Dossier } from '@openops/protocol';
import { createLogger } from '@openops/protocol/logger';
import type { DossierRepository } from '../dossiers/dossier-repository';
import type { SqliteDatabase } from '../store/database';

const log = createLogger('sync');

/**
 * A department processed the dossier at the backend (a pulled status 9): the centre's copy
 * takes the result too, pushed back as the next record of its history so positions stay in
 * step, and the counter can return it to the citizen as one it processed itself. Not while a
 * change of the centre's is still unsent (a supplement received during an outage): the 9 was
 * decided without it, and the officer decides instead. True when the copy took it.
 */
export const createCentralResultTaker = (deps: {
  database: SqliteDatabase;
  dossiers: Pick<DossierRepository, 'changeStatus'>;
  clock: () => Date;
}) => {
  const unsentChange = deps.database.prepare<[string], { found: number }>(
    `SELECT 1 AS found FROM sync_outbox WHERE order_key = ? AND state != 'done' LIMIT 1`,
  );
  return (dossier: Dossier): boolean => {
    if (!allowedFrom('mark-processed').includes(dossier.status)) return false;
    if (unsentChange.get(dossier.code)) return false;
    const taken = deps.dossiers.changeStatus({
      code: dossier.code,
      action: 'mark-processed',
      at: deps.clock().toISOString(),
      actor: 'OpenOPS',
      note: 'Đã xử lý xong trên hệ thống OpenOPS (processed at the OpenOPS backend)',
      supplementItems: null,
    });
    if (taken.ok) log.info('result decided at the backend taken', { code: dossier.code });
    return taken.ok;
  };
};

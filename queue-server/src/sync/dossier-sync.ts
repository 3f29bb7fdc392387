import type { Dossier } from '@openops/protocol';
import type { SqliteDatabase } from '../store/database';
import { enqueue } from './outbox';
import { dossierToNational, statusChangeToNational, type StatusChange } from './national-adapter';

/**
 * Sync records of a dossier share its code as order key, so the backend sees the receipt
 * first and every status change after it, in history order. Call inside the change's transaction.
 */
export const enqueueDossierReceived = (
  database: SqliteDatabase,
  dossier: Dossier,
  agencyCode: string,
): void => {
  enqueue(database, {
    kind: 'dossier',
    orderKey: dossier.code,
    field: dossier.serviceId,
    idempotencyKey: `dossier:${dossier.code}:1`,
    payload: dossierToNational(dossier, agencyCode),
    createdAt: dossier.receivedAt,
  });
};

export const enqueueStatusChange = (
  database: SqliteDatabase,
  dossier: Dossier,
  change: StatusChange,
): void => {
  enqueue(database, {
    kind: 'dossier-status',
    orderKey: dossier.code,
    field: dossier.serviceId,
    idempotencyKey: `dossier:${dossier.code}:${change.position}`,
    payload: statusChangeToNational(change),
    createdAt: change.at,
  });
};

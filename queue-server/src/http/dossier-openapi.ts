import { z } from 'zod';
import {
  catalogueViewSchema,
  dossierLookupSchema,
  dossierSchema,
  dossierWithHistorySchema,
  listDossiersQuerySchema,
  parkedRecordSchema,
  receiveDossierBodySchema,
  requestSupplementBodySchema,
  syncStatusSchema,
  ticketNotifyBodySchema,
  type AnyRole,
} from '@openops/protocol';
import type { Operation } from './openapi-document';

const officers: AnyRole[] = ['counter', 'supervisor', 'admin'];
const devices: AnyRole[] = ['kiosk', ...officers];

/** The dossier and sync routes (dossier-routes.ts, sync-routes.ts) for the OpenAPI document. */
export const dossierOperations: readonly Operation[] = [
  {
    method: 'post',
    path: '/dossiers',
    summary:
      "Receive a dossier: code, return date on the working-day calendar, sync record. The receiving officer (officerName, on the receipt, in the sync and the per-officer report) is the signed-in account's name, whatever the body says; the body's name counts only on an open demo server without an account",
    roles: officers,
    officerSession: true,
    body: receiveDossierBodySchema,
    data: dossierSchema,
    success: 201,
  },
  {
    method: 'get',
    path: '/dossiers',
    summary: 'Dossiers by status and day of receipt',
    roles: officers,
    officerSession: true,
    query: listDossiersQuerySchema,
    data: z.array(dossierSchema),
  },
  {
    method: 'get',
    path: '/dossiers/{code}',
    summary: 'A dossier with its status history',
    roles: officers,
    officerSession: true,
    data: dossierWithHistorySchema,
  },
  {
    method: 'get',
    path: '/dossiers/{code}/lookup',
    summary: 'Kiosk lookup: status from OpenOPS, or the local copy with its age',
    roles: devices,
    data: dossierLookupSchema,
  },
  {
    method: 'post',
    path: '/dossiers/{code}/supplement',
    summary: 'Request a supplement (status 5) with the list of what to bring',
    roles: officers,
    officerSession: true,
    body: requestSupplementBodySchema.omit({ code: true }),
    data: dossierSchema,
  },
  ...(['supplement-received', 'processed', 'returned'] as const).map((action) => ({
    method: 'post' as const,
    path: `/dossiers/{code}/${action}`,
    summary: `Mark the dossier ${action} (status ${{ 'supplement-received': 4, processed: 9, returned: 10 }[action]}); the history records the signed-in officer`,
    roles: officers,
    officerSession: true,
    data: dossierSchema,
  })),
  {
    method: 'post',
    path: '/tickets/{ticketId}/notify',
    summary: 'Opt in to an SMS when the ticket is near the front',
    roles: devices,
    body: ticketNotifyBodySchema.omit({ ticketId: true }),
    // The notifier's answer (notifications/notifier.ts); the protocol has no schema for it.
    data: z.object({ ticketId: z.string(), placesBefore: z.number().int().nonnegative() }),
    success: 201,
  },
  {
    method: 'get',
    path: '/sync/status',
    summary: 'Sync outbox: pending, parked, delivered, oldest pending age, last error',
    roles: officers,
    data: syncStatusSchema,
  },
  {
    method: 'get',
    path: '/sync/parked',
    summary: 'Records the backend refused, with their reasons',
    roles: officers,
    // The same as sync-routes.ts's own `parkedQuerySchema`, which it does not export.
    query: z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) }),
    data: z.array(parkedRecordSchema),
  },
  {
    method: 'post',
    path: '/sync/parked/{id}/retry',
    summary: 'Put a parked record back in line once its cause is fixed',
    roles: ['supervisor', 'admin'],
    data: z.object({ id: z.number().int(), requeued: z.literal(true) }),
  },
  {
    method: 'get',
    path: '/sync/catalogue',
    summary: 'Procedure catalogue pulled from OpenOPS, with its age',
    roles: officers,
    data: catalogueViewSchema,
  },
];

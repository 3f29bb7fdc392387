import { z } from 'zod';
import {
  armKeypadRequestSchema,
  createPrintJobBodySchema,
  deviceHealthReportSchema,
  deviceRoleSchema,
  keypadArmedSchema,
  pairingRequestBodySchema,
  pairingStateSchema,
  printerStatusEventSchema,
  printJobRecordSchema,
  printJobsQuerySchema,
  type AnyRole,
} from '@openops/protocol';
import { paperWidths } from '@openops/hardware/paper';
import type { Operation } from './openapi-document';

const admins: AnyRole[] = ['admin'];
/** device-routes.ts: print jobs and keypads are the centre staff's. */
const staff: AnyRole[] = ['counter', 'supervisor', 'admin'];

/**
 * The device routes (pairing-routes.ts, devices/device-routes.ts) for the OpenAPI document.
 * device-routes.ts checks no role, so its operations list none.
 */
export const deviceOperations: readonly Operation[] = [
  {
    method: 'post',
    path: '/devices/pairing-requests',
    summary: 'A device asks to pair; shows the returned code',
    roles: [],
    body: pairingRequestBodySchema,
    data: pairingStateSchema,
    success: 201,
  },
  {
    method: 'get',
    path: '/devices/pairing-requests',
    summary: 'Pending pairing requests',
    roles: admins,
    data: z.array(pairingStateSchema),
  },
  {
    method: 'get',
    path: '/devices/pairing-requests/{requestId}',
    summary: 'Poll a request; the token appears once, after approval',
    roles: [],
    data: pairingStateSchema,
  },
  {
    method: 'post',
    path: '/devices/pairing-requests/{requestId}/approve',
    summary: 'Approve by the code the device shows',
    roles: admins,
    // pairing-routes.ts parses this body with a schema of its own (not in the protocol).
    body: z.object({ pairingCode: z.string().regex(/^\d{6}$/) }),
    data: pairingStateSchema,
  },
  {
    method: 'post',
    path: '/devices/pairing-requests/{requestId}/reject',
    summary: 'Reject a pairing request',
    roles: admins,
    data: pairingStateSchema,
  },
  {
    method: 'get',
    path: '/devices',
    summary: 'Paired devices',
    roles: ['supervisor', 'admin'],
    // `PairedDevice` of auth/pairing.ts, which has no protocol schema.
    data: z.array(
      z.object({
        deviceId: z.string(),
        role: deviceRoleSchema,
        name: z.string(),
        approvedBy: z.string().nullable(),
        approvedAt: z.string(),
      }),
    ),
  },
  {
    method: 'delete',
    path: '/devices/{deviceId}',
    summary: "Revoke a device's tokens; 404 not-found when it is not paired",
    roles: admins,
    data: z.object({ deviceId: z.string(), revoked: z.number().int().positive() }),
  },
  {
    method: 'get',
    path: '/devices/health',
    summary: "Every kiosk's and counter's hardware as its agent last reported it",
    roles: staff,
    data: z.array(deviceHealthReportSchema),
  },
  {
    method: 'get',
    path: '/devices/{deviceId}/printer-status',
    summary: "Whether the device's printer can print, its state and faults",
    roles: ['kiosk', ...staff],
    data: printerStatusEventSchema,
  },
  {
    method: 'post',
    path: '/devices/keypad-arms',
    summary:
      "Arm a counter's rating keypad (e.g. to test it); the press reaches the counter as keypad:rated",
    roles: staff,
    body: armKeypadRequestSchema,
    data: keypadArmedSchema,
    success: 201,
  },
  {
    method: 'get',
    path: '/print-jobs',
    summary: 'Print jobs, newest first',
    roles: staff,
    query: printJobsQuerySchema,
    data: z.array(printJobRecordSchema),
  },
  {
    method: 'post',
    path: '/print-jobs',
    summary:
      "Print a document on a kiosk's or counter's printer; 201 with the job once it printed, failed (with its coded reason) or was queued for a printer not connected",
    roles: staff,
    body: createPrintJobBodySchema,
    data: printJobRecordSchema,
    success: 201,
  },
  {
    method: 'get',
    path: '/print-jobs/{jobId}',
    summary: 'A print job with its state, attempts and last failure',
    roles: staff,
    data: printJobRecordSchema,
  },
  {
    method: 'get',
    path: '/print-jobs/{jobId}/preview.png',
    summary: 'The PNG of exactly what the printer is sent',
    roles: staff,
    // device-routes.ts reads `paper` with parsePaperWidth; another value answers 400.
    query: z.object({
      paper: z
        .enum(paperWidths.map((width) => String(width)))
        .optional()
        .describe("Paper width in mm; default what the device's printer announced, else 80"),
    }),
    raw: { 'image/png': 'binary' },
  },
  {
    method: 'post',
    path: '/print-jobs/{jobId}/reprint',
    summary:
      'Queue a printed or failed job again; 201 with the job once it printed, failed or was queued',
    roles: staff,
    data: printJobRecordSchema,
    success: 201,
  },
];

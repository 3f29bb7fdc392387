import { z } from 'zod';
import { idSchema, isoTimeSchema } from './entities';
import { deviceKindSchema, printDocumentSchema, printJobStateSchema } from './print-jobs';

/**
 * Faults a device can report. Printer faults come from ESC/POS real-time status
 * (`DLE EOT`), `unplugged` from the agent losing the port, `offline` from a printer
 * that stopped answering.
 */
export const deviceFaults = [
  'paper-out',
  'paper-near-end',
  'cover-open',
  'offline',
  'unplugged',
] as const;
export const deviceFaultSchema = z.enum(deviceFaults);
export type DeviceFault = z.infer<typeof deviceFaultSchema>;

/** `paper-near-end` still prints; every other fault stops the device. */
export const isBlockingFault = (fault: DeviceFault): boolean => fault !== 'paper-near-end';

/**
 * - `ready`: open and answering (warnings such as paper near end may be listed in `faults`)
 * - `fault`: attached but cannot work until someone acts (paper out, cover open)
 * - `disconnected`: the port or connection is gone; the agent keeps trying to reopen it
 * - `unknown`: a one-way transport (a CUPS queue) that cannot report status
 */
export const deviceStates = ['ready', 'fault', 'disconnected', 'unknown'] as const;
export const deviceStateSchema = z.enum(deviceStates);
export type DeviceState = z.infer<typeof deviceStateSchema>;

export const deviceHealthSchema = z.object({
  kind: deviceKindSchema,
  uri: z.string().min(1).max(300),
  state: deviceStateSchema,
  faults: z.array(deviceFaultSchema).max(8),
  /** When `state` last changed. */
  since: isoTimeSchema,
  /** Bytes or frames that made no sense (noise, truncated frames), since the agent started. */
  garbageCount: z.number().int().nonnegative(),
  /** Keypad presses outside an armed window, since the agent started. */
  ignoredPresses: z.number().int().nonnegative(),
});
export type DeviceHealth = z.infer<typeof deviceHealthSchema>;

/** `agent:health`: the agent reports all its devices whenever one changes, and on connect. */
export const agentHealthSchema = z.object({
  devices: z.array(deviceHealthSchema).max(16),
});
export type AgentHealth = z.infer<typeof agentHealthSchema>;

/** What the server keeps and shows of the hardware serving one kiosk or counter. */
export const deviceHealthReportSchema = z.object({
  /** The kiosk or counter the hardware belongs to. */
  deviceId: idSchema,
  agentId: idSchema,
  connected: z.boolean(),
  devices: z.array(deviceHealthSchema),
  reportedAt: isoTimeSchema,
});
export type DeviceHealthReport = z.infer<typeof deviceHealthReportSchema>;

/**
 * Pushed to the kiosk or counter whose printer changed: `printer:status`. `canPrint` is false
 * while a blocking fault lasts or no agent is connected; the app tells the citizen to ask staff.
 */
export const printerStatusEventSchema = z.object({
  deviceId: idSchema,
  canPrint: z.boolean(),
  state: deviceStateSchema,
  faults: z.array(deviceFaultSchema),
  at: isoTimeSchema,
});
export type PrinterStatusEvent = z.infer<typeof printerStatusEventSchema>;

/** `POST /api/v1/print-jobs`: print a document on the printer of a kiosk or counter. */
export const createPrintJobBodySchema = z.object({
  deviceId: idSchema,
  document: printDocumentSchema,
});
export type CreatePrintJobBody = z.infer<typeof createPrintJobBodySchema>;

/** `GET /api/v1/print-jobs?deviceId=&state=&limit=` (limit default 50, at most 500). */
export const printJobsQuerySchema = z.object({
  deviceId: idSchema.optional(),
  state: printJobStateSchema.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});
export type PrintJobsQuery = z.infer<typeof printJobsQuerySchema>;

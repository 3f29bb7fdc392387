import { z } from 'zod';
import { isoTimeSchema, ticketNumberSchema } from './entities';

/** What a ticket printout shows; the agent turns it into printer commands. */
export const ticketPrintSchema = z.object({
  kind: z.literal('ticket'),
  centreName: z.string(),
  ticketNumber: ticketNumberSchema,
  serviceName: z.string(),
  peopleAhead: z.number().int().nonnegative(),
  estimatedWaitMinutes: z.number().int().nonnegative().nullable(),
  issuedAt: isoTimeSchema,
  timeZone: z.string(),
});
export type TicketPrint = z.infer<typeof ticketPrintSchema>;

export const printDocumentSchema = z.discriminatedUnion('kind', [ticketPrintSchema]);
export type PrintDocument = z.infer<typeof printDocumentSchema>;

export const printJobSchema = z.object({
  jobId: z.string().min(1),
  document: printDocumentSchema,
});
export type PrintJob = z.infer<typeof printJobSchema>;

export const deviceKinds = ['printer', 'scanner', 'keypad'] as const;
export const deviceKindSchema = z.enum(deviceKinds);
export type DeviceKind = z.infer<typeof deviceKindSchema>;

export const agentHelloSchema = z.object({
  /** The app device (a kiosk or counter id) this agent's hardware belongs to. */
  boundTo: z.string().min(1).max(64),
  devices: z.array(z.object({ kind: deviceKindSchema, uri: z.string().min(1).max(300) })).max(16),
});
export type AgentHello = z.infer<typeof agentHelloSchema>;

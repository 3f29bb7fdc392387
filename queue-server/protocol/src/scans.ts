import { z } from 'zod';
import { idSchema, isoTimeSchema } from './entities';

/** Where a scan came from: a serial (USB-CDC) scanner, a HID-POS scanner, or keyboard wedge. */
export const scanSources = ['serial', 'hid', 'wedge'] as const;
export const scanSourceSchema = z.enum(scanSources);
export type ScanSource = z.infer<typeof scanSourceSchema>;

/** Longest scan we accept; a CCCD QR is ~150 characters, a QR can hold far more. */
export const maxScanLength = 2048;

/** `scan:read`, agent → server: one line as the scanner sent it, terminator removed. */
export const scanReadSchema = z.object({
  source: scanSourceSchema,
  text: z.string().min(1).max(maxScanLength),
  at: isoTimeSchema,
});
export type ScanRead = z.infer<typeof scanReadSchema>;

/**
 * What a scan was recognised as. A CCCD QR carries only the fields the kiosk and counter flows
 * use; screens show its ID masked, and the full numbers serve only to find the citizen's dossiers.
 */
export const classifiedScanSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('dossier-code'),
    code: z.string(),
    agencyCode: z.string(),
    /** `YYYY-MM-DD` from the code's `YYMMDD`. */
    receivedDate: z.string(),
    sequence: z.number().int().nonnegative(),
  }),
  z.object({ kind: z.literal('appointment-code'), code: z.string() }),
  /** The QR of a queue ticket (`ticketTrackingUrl`): follow that ticket's place in the queue. */
  z.object({ kind: z.literal('ticket'), ticketId: z.string() }),
  z.object({
    kind: z.literal('citizen-id'),
    /**
     * The card's 12-digit ID, and its old 9-digit ID (null when it has none): sent only to find
     * the citizen's dossiers, which match on the whole number; never shown or logged. Always
     * set by `classifyScan`; optional so that a scan without them (a counter's test fixture) still
     * type-checks, and a kiosk given one says it cannot list the dossiers.
     */
    idNumber: z
      .string()
      .regex(/^\d{12}$/)
      .optional(),
    oldIdNumber: z
      .string()
      .regex(/^\d{9}$/)
      .nullable()
      .optional(),
    idMasked: z.string(),
    idLast4: z.string(),
    fullName: z.string(),
    birthDate: z.string(),
    sex: z.string(),
    address: z.string(),
    issueDate: z.string().nullable(),
  }),
  z.object({
    kind: z.literal('unknown'),
    /** At most the first 64 characters, with anything that looks like a 9+ digit ID masked. */
    preview: z.string(),
    length: z.number().int().nonnegative(),
    /**
     * True for `|`-separated text that is not a readable CCCD QR: an ID card read badly, which
     * the screen asks to scan again rather than sending the citizen to their receipt.
     */
    citizenCard: z.boolean().optional(),
  }),
]);
export type ClassifiedScan = z.infer<typeof classifiedScanSchema>;
export type ScanKind = ClassifiedScan['kind'];

/** `scan:classified`, server → the kiosk or counter the scanner belongs to. */
export const scanEventSchema = z.object({
  deviceId: idSchema,
  source: scanSourceSchema,
  at: isoTimeSchema,
  scan: classifiedScanSchema,
});
export type ScanEvent = z.infer<typeof scanEventSchema>;

import { z } from 'zod';
import { businessDaySchema, idSchema, isoTimeSchema, ticketNumberSchema } from './entities';
import { dossierFeeSchema } from './fees';
import { feeSchema } from './procedures';

/** What a ticket printout shows; the agent turns it into printer commands. */
export const ticketPrintSchema = z.object({
  kind: z.literal('ticket'),
  centreName: z.string().max(200),
  ticketNumber: ticketNumberSchema,
  serviceName: z.string().max(200),
  /** The priority group the ticket is called in ("Người cao tuổi"); absent for a normal ticket. */
  priorityName: z.string().max(200).optional(),
  peopleAhead: z.number().int().nonnegative(),
  estimatedWaitMinutes: z.number().int().nonnegative().nullable(),
  issuedAt: isoTimeSchema,
  timeZone: z.string(),
  /** Printed as a QR code (`GS ( k`) so the citizen can follow the queue; omitted when absent. */
  qrPayload: z.string().min(1).max(300).optional(),
  /** Last line, e.g. "Vui lòng chờ đến lượt / Please wait for your number". */
  footer: z.string().max(200).optional(),
});
export type TicketPrint = z.infer<typeof ticketPrintSchema>;

export const receiptDocumentSchema = z.object({
  name: z.string().min(1).max(300),
  /** "Bản chính", "Bản sao", ... as the officer recorded it. */
  form: z.string().max(60).optional(),
  quantity: z.number().int().positive().max(99),
});
export type ReceiptDocument = z.infer<typeof receiptDocumentSchema>;

/**
 * A fee line of a receipt, as charged for the dossier: `amountVnd` is the line's amount, and a
 * per-unit fee also carries its unit, unit price and quantity ("2.000 đ × 10 trang = 20.000 đ").
 */
export const receiptFeeSchema = dossierFeeSchema;
export type ReceiptFee = z.infer<typeof receiptFeeSchema>;

/**
 * "Giấy tiếp nhận hồ sơ và hẹn trả kết quả": the dossier receipt the counter prints.
 * The dossier code is printed as a QR code and a CODE128 barcode so the receipt can be
 * scanned back at the kiosk or at the return counter.
 */
export const dossierReceiptPrintSchema = z.object({
  kind: z.literal('dossier-receipt'),
  centreName: z.string().max(200),
  /** `<agency>-<YYMMDD>-<NNNN>`; CODE128 set B carries every character of it. */
  dossierCode: z
    .string()
    .min(1)
    .max(60)
    .regex(/^[\x20-\x7e]+$/, 'mã hồ sơ chỉ gồm ký tự ASCII in được'),
  applicantName: z.string().min(1).max(200),
  /** Already masked by the caller (all but the last 4 digits), never the full ID. */
  applicantIdMasked: z.string().max(20).optional(),
  applicantPhone: z.string().max(20).optional(),
  procedureName: z.string().min(1).max(500),
  documents: z.array(receiptDocumentSchema).max(40),
  fees: z.array(receiptFeeSchema).max(20),
  receivedAt: isoTimeSchema,
  /** Business day in the centre's time zone the result is due. */
  returnDate: businessDaySchema,
  officerName: z.string().min(1).max(200),
  timeZone: z.string(),
  footer: z.string().max(300).optional(),
});
export type DossierReceiptPrint = z.infer<typeof dossierReceiptPrintSchema>;

/** One line of a checklist: a document the citizen brings, in words the printout shows. */
export const checklistDocumentSchema = z.object({
  name: z.string().min(1).max(500),
  /** "Bản chính", "Bản sao", ... already in words. */
  form: z.string().max(60),
  quantity: z.number().int().positive().max(99),
  /** False for documents only some applicants bring. */
  required: z.boolean(),
});
export type ChecklistDocument = z.infer<typeof checklistDocumentSchema>;

/**
 * "Danh sách giấy tờ cần chuẩn bị": a procedure's checklist the kiosk prints for the citizen to
 * take home: documents, fees, processing time and where to submit, from the centre's configuration.
 */
export const checklistPrintSchema = z.object({
  kind: z.literal('checklist'),
  centreName: z.string().max(200),
  /** National procedure code (MaTTHC), printed as plain text so it can be typed back. */
  procedureCode: z.string().min(1).max(50),
  procedureName: z.string().min(1).max(500),
  documents: z.array(checklistDocumentSchema).max(60),
  /** As configured: a per-unit fee's `amountVnd` is the price of one page or copy. */
  fees: z.array(feeSchema).max(20),
  /** Working days from receipt to the return date; 0 means the same day. */
  processingDays: z.number().int().nonnegative().max(365),
  whereToSubmit: z.string().max(300),
  printedAt: isoTimeSchema,
  timeZone: z.string(),
});
export type ChecklistPrint = z.infer<typeof checklistPrintSchema>;

/** Asks the server to print a configured procedure's checklist on this kiosk's printer. */
export const printChecklistBodySchema = z.object({ procedureId: idSchema });
export type PrintChecklistBody = z.infer<typeof printChecklistBodySchema>;

/** The printed checklist's job, to show or reprint. */
export type ChecklistPrinted = { jobId: string };

export const printDocumentSchema = z.discriminatedUnion('kind', [
  ticketPrintSchema,
  dossierReceiptPrintSchema,
  checklistPrintSchema,
]);
export type PrintDocument = z.infer<typeof printDocumentSchema>;

/** `job:print`, server → agent: print this document and answer with the result. */
export const printJobSchema = z.object({
  jobId: z.string().min(1).max(64),
  /**
   * Which request to print the job this is: the job's `attempts` when it was first sent. A job
   * sent again because the link dropped while it printed keeps its number, so an agent that
   * already printed it answers that result instead of printing a second copy; a reprint is a
   * new number. Absent from servers before it was added: such jobs are never answered twice.
   */
  attempt: z.number().int().positive().optional(),
  document: printDocumentSchema,
});
export type PrintJob = z.infer<typeof printJobSchema>;

/** What the agent answers a print job with when the printer took it. */
export const printResultSchema = z.object({ bytes: z.number().int().nonnegative() });
export type PrintResult = z.infer<typeof printResultSchema>;

/** The longest transfer an agent may announce for one job (a long receipt at 1200 baud). */
export const maxPrintTransferMs = 30 * 60_000;

/**
 * `job:started`, agent → server: the job is rendered and going to the printer now, `bytes`
 * long, expected to take `expectedMs` on its link (a slow serial line: minutes for a long
 * receipt). The server waits that long on top of its usual answer timeout before it counts
 * the job as failed, so a receipt still printing is not reported lost.
 */
export const jobStartedSchema = z.object({
  jobId: z.string().min(1).max(64),
  bytes: z.number().int().nonnegative(),
  expectedMs: z.number().int().nonnegative().max(maxPrintTransferMs),
});
export type JobStarted = z.infer<typeof jobStartedSchema>;

/**
 * A print job's life on the server: `queued` until an agent for the device is connected,
 * `sending` while the agent works on it, then `printed` or `failed` with a coded reason.
 * A failed or printed job can be reprinted, which queues it again.
 */
export const printJobStates = ['queued', 'sending', 'printed', 'failed'] as const;
export const printJobStateSchema = z.enum(printJobStates);
export type PrintJobState = z.infer<typeof printJobStateSchema>;

export const printJobRecordSchema = z.object({
  jobId: z.string(),
  /** The kiosk or counter whose printer the job is for. */
  deviceId: idSchema,
  document: printDocumentSchema,
  state: printJobStateSchema,
  attempts: z.number().int().nonnegative(),
  /** Error code of the last failure, e.g. `printer-fault`; null when none. */
  failureCode: z.string().nullable(),
  failureMessage: z.string().nullable(),
  createdAt: isoTimeSchema,
  updatedAt: isoTimeSchema,
});
export type PrintJobRecord = z.infer<typeof printJobRecordSchema>;

export const deviceKinds = ['printer', 'scanner', 'keypad'] as const;
export const deviceKindSchema = z.enum(deviceKinds);
export type DeviceKind = z.infer<typeof deviceKindSchema>;

export const agentHelloSchema = z.object({
  /** The app device (a kiosk or counter id) this agent's hardware belongs to. */
  boundTo: z.string().min(1).max(64),
  devices: z.array(z.object({ kind: deviceKindSchema, uri: z.string().min(1).max(300) })).max(16),
});
export type AgentHello = z.infer<typeof agentHelloSchema>;

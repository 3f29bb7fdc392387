import { z } from 'zod';
import { businessDaySchema, idSchema, isoTimeSchema } from './entities';
import { dossierFeeSchema, feeQuantityInputSchema } from './fees';
import { documentFormSchema } from './procedures';

/**
 * Dossier status, national portal numbering: 1 newly registered, 2 received, 3 not received,
 * 4 processing, 5 supplement requested, 6 financial obligation requested, 7 withdrawal
 * requested, 8 processing stopped, 9 processed, 10 result returned.
 */
export const dossierStatuses = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;
export const dossierStatusSchema = z.union(dossierStatuses.map((status) => z.literal(status)));
export type DossierStatus = (typeof dossierStatuses)[number];

/** Vietnamese first, English second, for every status a citizen or officer may see. */
export const dossierStatusNames: Record<DossierStatus, { vi: string; en: string }> = {
  1: { vi: 'Mới đăng ký', en: 'Newly registered' },
  2: { vi: 'Đã tiếp nhận', en: 'Received' },
  3: { vi: 'Không tiếp nhận', en: 'Not received' },
  4: { vi: 'Đang xử lý', en: 'Processing' },
  5: { vi: 'Yêu cầu bổ sung', en: 'Supplement requested' },
  6: { vi: 'Yêu cầu thực hiện nghĩa vụ tài chính', en: 'Financial obligation requested' },
  7: { vi: 'Công dân yêu cầu rút hồ sơ', en: 'Withdrawal requested' },
  8: { vi: 'Dừng xử lý', en: 'Processing stopped' },
  9: { vi: 'Đã xử lý xong', en: 'Processed' },
  10: { vi: 'Đã trả kết quả', en: 'Result returned' },
};

/** Channel (KenhThucHien): 1 in person, 2 online, 3 public postal service. */
export const dossierChannelSchema = z.union([z.literal(1), z.literal(2), z.literal(3)]);
export type DossierChannel = z.infer<typeof dossierChannelSchema>;

/**
 * `<agency>-<YYMMDD>-<NNNN>`; the agency part is opaque, so parse from the last two dashes.
 * A code typed in lower case, or with spaces around it, is the same code.
 */
export const dossierCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .min(13)
  .max(60)
  .regex(/^[0-9A-Z]+(\.[0-9A-Z]+)*-\d{6}-\d{4,}$/, 'mã hồ sơ có dạng <mã cơ quan>-YYMMDD-NNNN');

/**
 * Vietnamese mobile or landline numbers: 0 then 9 or 10 digits (10–11 in all), or the same
 * with +84 in place of the 0. Shared with the SMS gateway's message (`smsMessageSchema`).
 */
export const phonePattern = /^(\+84|0)\d{9,10}$/;

export const phoneSchema = z
  .string()
  .regex(phonePattern, 'số điện thoại gồm 10–11 chữ số, bắt đầu bằng 0 hoặc +84');

export const applicantInputSchema = z.object({
  name: z
    .string('cần nhập họ và tên')
    .trim()
    .min(1, 'cần nhập họ và tên')
    .max(200, 'họ và tên tối đa 200 ký tự'),
  /** Citizen ID (CCCD, 12 digits) or old ID (9 digits); the server keeps only the last 4. */
  idNumber: z
    .string()
    .regex(/^(\d{9}|\d{12})$/, 'số định danh gồm 9 hoặc 12 chữ số')
    .optional(),
  /**
   * A scanned card's number as the counter was given it, masked but its last 4 digits
   * (`********1234`): kept when no `idNumber` is typed, so the dossier is found by the card.
   */
  idMasked: z
    .string()
    .regex(/^(\*{5}|\*{8})\d{4}$/, 'số định danh đã che phải có dạng ********1234')
    .optional(),
  phone: phoneSchema.optional(),
  address: z.string().trim().max(300).optional(),
});
export type ApplicantInput = z.infer<typeof applicantInputSchema>;

export const receivedDocumentInputSchema = z.object({
  /** Id of the document in the procedure's checklist. */
  documentId: idSchema,
  form: documentFormSchema,
  quantity: z
    .number('số lượng từ 1 đến 99')
    .int('số lượng từ 1 đến 99')
    .positive('số lượng từ 1 đến 99')
    .max(99, 'số lượng từ 1 đến 99'),
});

export const receiveDossierBodySchema = z.object({
  procedureId: idSchema,
  applicant: applicantInputSchema,
  documents: z.array(receivedDocumentInputSchema).max(60),
  counterId: idSchema,
  officerName: z.string().trim().min(1).max(200),
  /**
   * How many pages (or copies) the citizen brings for each fee the procedure charges per unit,
   * by the fee's name; every per-unit fee needs one, flat fees take none. Default none.
   */
  feeQuantities: z
    .array(feeQuantityInputSchema)
    .max(20, 'tối đa 20 lệ phí tính theo số lượng')
    .optional(),
  /** The ticket the citizen was called with, when there is one. */
  ticketId: z.string().min(1).max(64).optional(),
  /** Opt-in: text the applicant when the result is ready. Needs `applicant.phone`. Default false. */
  notifyBySms: z.boolean().default(false),
  /**
   * Chosen by the counter once per reception. Sent again (after a lost answer), it gets back
   * the dossier stored the first time instead of a second code for the same citizen.
   */
  requestId: z.uuid().optional(),
});
export type ReceiveDossierBody = z.infer<typeof receiveDossierBodySchema>;

export const dossierCodeBodySchema = z.object({ code: dossierCodeSchema });

export const requestSupplementBodySchema = z.object({
  code: dossierCodeSchema,
  /** What the applicant must bring, one line each. */
  items: z.array(z.string().trim().min(1).max(300)).min(1).max(30),
  note: z.string().trim().max(500).optional(),
});
export type RequestSupplementBody = z.infer<typeof requestSupplementBodySchema>;

export const listDossiersQuerySchema = z.object({
  status: z.coerce.number().pipe(dossierStatusSchema).optional(),
  /** Business day of receipt, `YYYY-MM-DD`. */
  receivedOn: businessDaySchema.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type ListDossiersQuery = z.infer<typeof listDossiersQuerySchema>;

export const dossierDocumentSchema = z.object({
  documentId: idSchema,
  name: z.string(),
  form: documentFormSchema,
  quantity: z.number().int().positive(),
});
export type DossierDocument = z.infer<typeof dossierDocumentSchema>;

export const dossierHistoryEntrySchema = z.object({
  status: dossierStatusSchema,
  at: isoTimeSchema,
  /** Device or officer that made the change. */
  actor: z.string().nullable(),
  note: z.string().nullable(),
});
export type DossierHistoryEntry = z.infer<typeof dossierHistoryEntrySchema>;

export const dossierSchema = z.object({
  code: dossierCodeSchema,
  procedureId: idSchema,
  /** National procedure code (MaTTHC). */
  procedureCode: z.string(),
  procedureName: z.string(),
  /** The field (lĩnh vực) = queue service; routes sync in distributed deployments. */
  serviceId: idSchema,
  applicant: z.object({
    name: z.string(),
    /** All but the last 4 digits masked: `********1234`. */
    idMasked: z.string().nullable(),
    phone: z.string().nullable(),
    address: z.string().nullable(),
  }),
  documents: z.array(dossierDocumentSchema),
  /** Each fee of the procedure as charged: per-unit fees already multiplied by their quantity. */
  fees: z.array(dossierFeeSchema),
  /** The sum of the fee lines, whole dong. */
  feesTotalVnd: z.number().int().nonnegative(),
  receivedAt: isoTimeSchema,
  /** Business day the result is due, on the working-day calendar. */
  returnDate: businessDaySchema,
  status: dossierStatusSchema,
  statusAt: isoTimeSchema,
  /** What the applicant must bring while the status is 5. */
  supplementItems: z.array(z.string()),
  returnedAt: isoTimeSchema.nullable(),
  channel: dossierChannelSchema,
  ticketId: z.string().nullable(),
  counterId: idSchema,
  officerName: z.string(),
  notifyBySms: z.boolean(),
});
export type Dossier = z.infer<typeof dossierSchema>;

export const dossierWithHistorySchema = dossierSchema.extend({
  history: z.array(dossierHistoryEntrySchema),
});
export type DossierWithHistory = z.infer<typeof dossierWithHistorySchema>;

/** Where a kiosk lookup's answer came from. */
export const lookupSources = ['backend', 'local-copy'] as const;
export const lookupSourceSchema = z.enum(lookupSources);
export type LookupSource = z.infer<typeof lookupSourceSchema>;

/** What the kiosk shows for a dossier code: no personal data beyond the procedure. */
export const dossierLookupSchema = z.object({
  code: dossierCodeSchema,
  procedureName: z.string().nullable(),
  /** The procedure's English name from the centre's configuration, when it has one. */
  procedureNameEn: z.string().optional(),
  status: dossierStatusSchema,
  statusName: z.string(),
  statusNameEn: z.string(),
  returnDate: businessDaySchema.nullable(),
  supplementItems: z.array(z.string()),
  source: lookupSourceSchema,
  /** When this status was last confirmed by the backend; null when it never was. */
  refreshedAt: isoTimeSchema.nullable(),
  /** Seconds since `refreshedAt`; null when it never was. */
  ageSeconds: z.number().int().nonnegative().nullable(),
});
export type DossierLookup = z.infer<typeof dossierLookupSchema>;

/** Opt-in from the kiosk: text me when my ticket is near the front. */
export const ticketNotifyBodySchema = z.object({
  ticketId: z.string().min(1).max(64),
  phone: phoneSchema,
});
export type TicketNotifyBody = z.infer<typeof ticketNotifyBodySchema>;

/** At most this many dossiers are listed for one citizen at the kiosk, newest first. */
export const citizenDossiersLimit = 20;

/**
 * The kiosk asks for a scanned citizen's dossiers with the card's 12-digit ID and its old 9-digit
 * ID when the card has one; the server lists only dossiers received under one of them, the whole
 * number equal (never its last digits, which other citizens share). Strict: nothing else
 * personal (the name) is sent.
 */
export const citizenDossiersBodySchema = z
  .object({
    idNumber: z.string().regex(/^\d{12}$/, 'số định danh cá nhân gồm 12 chữ số'),
    oldIdNumber: z
      .string()
      .regex(/^\d{9}$/, 'số chứng minh nhân dân cũ gồm 9 chữ số')
      .optional(),
  })
  .strict();
export type CitizenDossiersBody = z.infer<typeof citizenDossiersBodySchema>;

/** One of the citizen's dossiers as the kiosk lists it: no personal data beyond the procedure. */
export const citizenDossierSchema = z.object({
  code: dossierCodeSchema,
  procedureName: z.string(),
  /** The procedure's English name from the centre's configuration, when it has one. */
  procedureNameEn: z.string().optional(),
  status: dossierStatusSchema,
  statusName: z.string(),
  statusNameEn: z.string(),
  receivedAt: isoTimeSchema,
  returnDate: businessDaySchema,
  /** Past its return date while the agency holds it (see `returnDateRuns`). */
  late: z.boolean(),
  /** What the citizen must bring while the status is 5 (as the code lookup gives it). */
  supplementItems: z.array(z.string()),
});
export type CitizenDossier = z.infer<typeof citizenDossierSchema>;

import { z } from 'zod';
import { businessDaySchema, idSchema } from './entities';

/** How a document must be handed in. */
export const documentFormSchema = z.enum([
  'original',
  'copy',
  'certified-copy',
  'original-or-copy',
]);
export type DocumentForm = z.infer<typeof documentFormSchema>;

export const requiredDocumentSchema = z.object({
  id: idSchema,
  name: z.string().min(1).max(500),
  form: documentFormSchema,
  quantity: z.number().int().positive().max(99),
  /** False for documents only some applicants bring. */
  required: z.boolean(),
});
export type RequiredDocument = z.infer<typeof requiredDocumentSchema>;

/**
 * A list check refusing an entry whose `field` repeats an earlier entry's, the issue at the
 * repeat's own field (`3.id`), so a form marks the row the supervisor added last.
 */
const refuseRepeats =
  <F extends string>(field: F, message: (value: string) => string) =>
  (entries: ReadonlyArray<Record<F, string>>, context: z.RefinementCtx): void => {
    const seen = new Set<string>();
    entries.forEach((entry, index) => {
      const value = entry[field];
      if (seen.has(value)) {
        context.addIssue({ code: 'custom', path: [index, field], message: message(value) });
      }
      seen.add(value);
    });
  };

/**
 * A procedure's checklist, each document id once: a dossier records the documents received by
 * id, so two documents of one id could not be told apart on the counter's checklist or the
 * receipt. Checked wherever a procedure is read, like the fees: the supervisor's edit, and
 * centre.json at start-up, which then stops naming the path and the id.
 */
export const documentListSchema = z
  .array(requiredDocumentSchema)
  .superRefine(refuseRepeats('id', (id) => `trùng với một giấy tờ khác (${id})`));

/** What a per-unit fee is counted in: each page, or each copy, the citizen brings. */
export const feeUnits = ['page', 'copy'] as const;
export const feeUnitSchema = z.enum(feeUnits);
export type FeeUnit = z.infer<typeof feeUnitSchema>;

/**
 * The most one fee (or one unit of a per-unit fee) may cost, 1,000,000,000 đ: a ceiling that
 * catches a slip of extra zeros, and keeps a unit price times `feeQuantityMax` units well within
 * `Number.MAX_SAFE_INTEGER`.
 */
export const feeAmountMaxVnd = 1_000_000_000;

export const feeSchema = z.object({
  name: z.string().min(1).max(300),
  /**
   * In Vietnamese dong, whole numbers: the fee itself, or with `per` the price of one unit
   * (2,000 đ a page), which reception multiplies by the number of units the citizen brings.
   */
  amountVnd: z
    .number()
    .int()
    .nonnegative()
    .max(feeAmountMaxVnd, 'mức lệ phí tối đa 1.000.000.000 đ'),
  /** Charged per page or per copy; absent (the default) for a flat fee charged once. */
  per: feeUnitSchema.optional(),
});
export type Fee = z.infer<typeof feeSchema>;

/**
 * A procedure's fees, each name once: reception names a per-unit fee's count by the fee's name,
 * so two fees of one name would be charged alike whatever the officer meant (a flat one first
 * would make the procedure impossible to receive). Checked wherever a procedure is read: the
 * supervisor's edit, and centre.json at start-up, which then stops naming the fee.
 */
export const feeListSchema = z
  .array(feeSchema)
  .superRefine(refuseRepeats('name', (name) => `trùng với một lệ phí khác (${name})`));

/**
 * An administrative procedure (thủ tục hành chính) as configured for the centre: the code from
 * the national procedure database (MaTTHC), its checklist, fees and processing time.
 */
export const procedureSchema = z.object({
  id: idSchema,
  /** National procedure code, e.g. "1.001193". */
  code: z.string().min(1).max(50),
  name: z.string().min(1).max(500),
  nameEn: z.string().max(500).optional(),
  /** The queue service (field, lĩnh vực) citizens take a ticket for. */
  serviceId: idSchema,
  /** Working days from receipt to the return date; 0 means returned the same day. */
  processingDays: z.number().int().nonnegative().max(365),
  documents: documentListSchema,
  fees: feeListSchema,
  /** Where to submit, in words: "Quầy 1, tầng 1". */
  whereToSubmit: z.string().max(300),
});
export type Procedure = z.infer<typeof procedureSchema>;

/** Working-day calendar: which weekdays work, public holidays off, swapped Saturdays on. */
export const calendarSchema = z.object({
  /** ISO weekdays that are working days (1 = Monday ... 7 = Sunday). Default Monday to Friday. */
  workingWeekdays: z.array(z.number().int().min(1).max(7)).min(1),
  /** Days off although on a working weekday (Tết, Quốc khánh...), `YYYY-MM-DD`. */
  holidays: z.array(businessDaySchema),
  /** Days worked although not on a working weekday (make-up days), `YYYY-MM-DD`. */
  extraWorkingDays: z.array(businessDaySchema),
});
export type Calendar = z.infer<typeof calendarSchema>;

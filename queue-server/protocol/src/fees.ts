import { z } from 'zod';
import { feeUnitSchema, type Fee, type FeeUnit } from './procedures';

/**
 * Per-unit fees at reception: how many pages (or copies) the citizen brings for each fee the
 * procedure charges per unit, and the lines charged from them. Server and counter both charge
 * with `chargeFees`/`chargeLine`, so the amount on the screen is the amount on the receipt.
 */

/** At most this many units of one fee in one reception: a thick file, not a typing slip. */
export const feeQuantityMax = 9999;

/** The languages a fee is worded in: Vietnamese first, English second. */
export type FeeLanguage = 'vi' | 'en';

/**
 * Words for a unit, Vietnamese first: `unit` after a number ("10 trang", "10 pages"), `single`
 * after a price ("2.000 đ/trang", "2.000 đ/page"), `count` as the field's label ("Số trang").
 * Literal types, so the national exchange's `DonViTinh` ("trang", "bản") is these very words.
 */
export const feeUnitWords = {
  page: {
    unit: { vi: 'trang', en: 'pages' },
    single: { vi: 'trang', en: 'page' },
    count: { vi: 'Số trang', en: 'Number of pages' },
  },
  copy: {
    unit: { vi: 'bản', en: 'copies' },
    single: { vi: 'bản', en: 'copy' },
    count: { vi: 'Số bản', en: 'Number of copies' },
  },
} as const satisfies Record<
  FeeUnit,
  Record<'unit' | 'single' | 'count', Record<FeeLanguage, string>>
>;

/** Digits grouped by dots, as Vietnamese writes numbers: `1000` → `1.000`. */
export const groupThousands = (value: number): string =>
  Math.round(value)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/**
 * A space a line never breaks at: "20.000 đ" and "× 10 trang" stay whole when a long fee line
 * wraps, on 58 mm paper as on a narrow counter screen.
 */
export const unbreakableSpace = '\u00a0';

/** Joins words so that a wrapped line never breaks between them. */
export const unbreakable = (text: string): string => text.replace(/ /g, unbreakableSpace);

/**
 * `20000` → `20.000 đ`: dots between thousands, as Vietnamese writes dong, in either language;
 * the amount and its "đ" never split.
 */
export const formatDong = (amount: number): string =>
  `${groupThousands(amount)}${unbreakableSpace}đ`;

/** The rule a count must meet, said whole; each language groups thousands its own way. */
export const feeQuantityRule: Record<FeeLanguage, string> = {
  vi: `số trang hoặc số bản phải là số nguyên từ 1 đến ${groupThousands(feeQuantityMax)}`,
  en: `the number of pages or copies must be a whole number from 1 to ${groupThousands(feeQuantityMax).replace(/\./g, ',')}`,
};
const quantityRule = feeQuantityRule.vi;

/** How many units the citizen brings for one per-unit fee, which is named as configured. */
export const feeQuantityInputSchema = z.object({
  /** The fee's `name` in the procedure's configuration. */
  name: z.string('cần tên lệ phí').min(1, 'cần tên lệ phí').max(300, 'tên lệ phí tối đa 300 ký tự'),
  quantity: z
    .number(quantityRule)
    .int(quantityRule)
    .min(1, quantityRule)
    .max(feeQuantityMax, quantityRule),
});
export type FeeQuantityInput = z.infer<typeof feeQuantityInputSchema>;

/**
 * One fee as charged for a dossier (stored with it, printed on its receipt). `amountVnd` is
 * always what this line costs, so the lines add up to the total whatever their kind; a per-unit
 * line also says its unit, unit price and quantity (all three or none).
 */
export const dossierFeeSchema = z.object({
  name: z.string().min(1).max(300),
  /** Whole dong charged for this line: the flat fee, or `unitPriceVnd × quantity`. */
  amountVnd: z.number().int().nonnegative(),
  per: feeUnitSchema.optional(),
  unitPriceVnd: z.number().int().nonnegative().optional(),
  quantity: z.number().int().positive().max(feeQuantityMax).optional(),
});
export type DossierFee = z.infer<typeof dossierFeeSchema>;

/** A fee charged for `quantity` units; a flat fee ignores the quantity. */
export const chargeLine = (fee: Fee, quantity: number): DossierFee =>
  fee.per === undefined
    ? { name: fee.name, amountVnd: fee.amountVnd }
    : {
        name: fee.name,
        amountVnd: fee.amountVnd * quantity,
        per: fee.per,
        unitPriceVnd: fee.amountVnd,
        quantity,
      };

/**
 * One charged line as the citizen reads it, the same words on the counter's screen and on the
 * printed receipt: a per-unit line "2.000 đ × 1.000 trang = 2.000.000 đ" (so the citizen sees how
 * the amount was reached), a flat line "75.000 đ". Only the spaces before "×" and around "="
 * break when a long line wraps; each amount and "× 1.000 trang" stay whole.
 */
export const feeLineText = (line: DossierFee, language: FeeLanguage = 'vi'): string => {
  if (line.per === undefined || line.unitPriceVnd === undefined || line.quantity === undefined)
    return formatDong(line.amountVnd);
  const units = unbreakable(
    `× ${groupThousands(line.quantity)} ${feeUnitWords[line.per].unit[language]}`,
  );
  return `${formatDong(line.unitPriceVnd)} ${units} = ${formatDong(line.amountVnd)}`;
};

/**
 * A configured fee's price before anything is counted: "2.000 đ/trang" for a per-unit fee,
 * "75.000 đ" for a flat one (the counter before a count is typed, the printed checklist).
 */
export const feePriceText = (fee: Fee, language: FeeLanguage = 'vi'): string =>
  fee.per === undefined
    ? formatDong(fee.amountVnd)
    : `${formatDong(fee.amountVnd)}/${feeUnitWords[fee.per].single[language]}`;

/** The sum of the lines, whole dong. */
export const feesTotalVnd = (lines: ReadonlyArray<{ amountVnd: number }>): number =>
  lines.reduce((sum, line) => sum + line.amountVnd, 0);

export type FeeIssue = { path: string; message: string };

export type ChargedFees = {
  /** Every fee of the procedure, in its order, as charged. */
  lines: DossierFee[];
  totalVnd: number;
  /** Quantities naming no fee of the procedure, a fee twice, or a flat fee. */
  invalid: FeeIssue[];
  /** Per-unit fees given no quantity: never charged once by default. */
  missing: FeeIssue[];
};

/**
 * Charges a procedure's fees for one reception: flat fees as configured, per-unit fees times the
 * quantity given for them by name. Paths name the body's fields (`feeQuantities.0.name`).
 */
export const chargeFees = (
  fees: readonly Fee[],
  quantities: readonly FeeQuantityInput[] = [],
): ChargedFees => {
  const invalid: FeeIssue[] = [];
  const given = new Map<string, number>();
  quantities.forEach((entry, index) => {
    const path = `feeQuantities.${index}.name`;
    const fee = fees.find((candidate) => candidate.name === entry.name);
    if (!fee) invalid.push({ path, message: `thủ tục không có lệ phí này: ${entry.name}` });
    else if (fee.per === undefined)
      invalid.push({
        path,
        message: `lệ phí thu một lần, không tính theo số lượng: ${entry.name}`,
      });
    else if (given.has(entry.name))
      invalid.push({ path, message: `lệ phí ghi hai lần: ${entry.name}` });
    else given.set(entry.name, entry.quantity);
  });
  const missing: FeeIssue[] = fees.flatMap((fee) =>
    fee.per !== undefined && !given.has(fee.name)
      ? [
          {
            path: 'feeQuantities',
            message: `thiếu ${feeUnitWords[fee.per].count.vi.toLowerCase()}: ${fee.name}`,
          },
        ]
      : [],
  );
  const lines = fees.map((fee) => chargeLine(fee, given.get(fee.name) ?? 0));
  return { lines, totalVnd: feesTotalVnd(lines), invalid, missing };
};

import type { Language } from '@openops/client';
import {
  chargeLine,
  feeQuantityMax,
  feeUnitWords,
  type DossierFee,
  type Fee,
  type FeeQuantityInput,
} from '@openops/protocol';

/**
 * The reception form's per-unit fees: what the officer typed for each fee charged per page or
 * per copy (by the fee's name, as the body names it), and the lines and total it makes, charged
 * with the protocol's `chargeLine` so the screen shows what the receipt will print.
 */

/** Fee name → the count as typed (text, so an emptied box stays empty rather than 0). */
export type FeeCounts = Readonly<Record<string, string>>;

/** `20000` → `20.000 đ`: dots between thousands, as Vietnamese writes dong, in either language. */
export const formatDong = (amount: number): string =>
  `${Math.round(amount)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.')} đ`;

/** A whole count from 1 to the protocol's maximum, or null while it is not one. */
export const countOf = (text: string | undefined): number | null => {
  const trimmed = (text ?? '').trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const count = Number(trimmed);
  return count >= 1 && count <= feeQuantityMax ? count : null;
};

/**
 * The body's `feeQuantities`: one entry for each per-unit fee with something typed, in the
 * procedure's order (error paths count them so). What is not a whole number is sent as typed,
 * for the schema to name.
 */
export const feeQuantitiesOf = (fees: readonly Fee[], counts: FeeCounts): FeeQuantityInput[] =>
  fees.flatMap((fee) => {
    const typed = (counts[fee.name] ?? '').trim();
    return fee.per !== undefined && typed !== ''
      ? [{ name: fee.name, quantity: Number(typed) }]
      : [];
  });

/** The key a fee's count error is shown under: `feeQuantities.<fee name>`. */
export const feeCountErrorKey = (name: string): string => `feeQuantities.${name}`;

/**
 * Per-unit fees left without a count, keyed as shown ("Cần nhập số trang"): the form asks for
 * them before sending, since the server refuses a per-unit fee without its count.
 */
export const missingFeeCounts = (
  fees: readonly Fee[],
  counts: FeeCounts,
  language: Language = 'vi',
): Record<string, string> =>
  Object.fromEntries(
    fees.flatMap((fee) => {
      if (fee.per === undefined || (counts[fee.name] ?? '').trim() !== '') return [];
      const count = feeUnitWords[fee.per].count;
      const text =
        language === 'en'
          ? `Enter the ${count.en.toLowerCase()}`
          : `Cần nhập ${count.vi.toLowerCase()}`;
      return [[feeCountErrorKey(fee.name), text]];
    }),
  );

/** One fee as the form shows it; `line` is null while a per-unit fee has no valid count. */
export type FeeView = { fee: Fee; line: DossierFee | null; text: string };

/** "2.000 đ × 10 trang = 20.000 đ", "2.000 đ/trang" before a count, or "75.000 đ". */
const lineText = (fee: Fee, line: DossierFee | null, language: Language): string => {
  if (fee.per === undefined) return formatDong(fee.amountVnd);
  const words = feeUnitWords[fee.per];
  if (!line || line.quantity === undefined)
    return `${formatDong(fee.amountVnd)}/${words.single[language]}`;
  const unit = words.unit[language];
  return `${formatDong(fee.amountVnd)} × ${line.quantity} ${unit} = ${formatDong(line.amountVnd)}`;
};

/**
 * Every fee of the procedure as charged for the counts typed so far, and the total: null until
 * every per-unit fee has a valid count, since a partial sum would understate what is due.
 */
export const feeViews = (
  fees: readonly Fee[],
  counts: FeeCounts,
  language: Language = 'vi',
): { views: FeeView[]; totalVnd: number | null } => {
  const views = fees.map((fee): FeeView => {
    const count = fee.per === undefined ? 1 : countOf(counts[fee.name]);
    const line = count === null ? null : chargeLine(fee, count);
    return { fee, line, text: lineText(fee, line, language) };
  });
  const complete = views.every((view) => view.line !== null);
  return {
    views,
    totalVnd: complete ? views.reduce((sum, view) => sum + (view.line?.amountVnd ?? 0), 0) : null,
  };
};

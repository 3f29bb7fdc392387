import type { Language } from '@openops/client';
import {
  chargeLine,
  feeLineText,
  feePriceText,
  feeQuantityMax,
  feeQuantityRule,
  feeUnitWords,
  type DossierFee,
  type Fee,
  type FeeQuantityInput,
} from '@openops/protocol';

/**
 * The reception form's per-unit fees: what the officer typed for each fee charged per page or
 * per copy (by the fee's name, as the body names it), and the lines and total it makes, charged
 * with the protocol's `chargeLine` and worded with its `feeLineText`, so the screen shows what
 * the receipt will print. One reading of the typed text (`countOf`) draws the line and the total
 * and decides what may be sent: nothing the screen did not show can reach the dossier.
 */

/** Fee name → the count as typed (text, so an emptied box stays empty rather than 0). */
export type FeeCounts = Readonly<Record<string, string>>;

/**
 * A whole count from 1 to the protocol's maximum, digits only, or null while it is not one:
 * "1e3", "1.000" and "10,5" are not counts, though `Number` would read the first as 1000.
 */
export const countOf = (text: string | undefined): number | null => {
  const trimmed = (text ?? '').trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const count = Number(trimmed);
  return count >= 1 && count <= feeQuantityMax ? count : null;
};

/**
 * The body's `feeQuantities`: one entry for each per-unit fee whose count `countOf` reads, in
 * the procedure's order (error paths count them so). Anything else is never sent: the form
 * refuses it first (`feeCountIssues`).
 */
export const feeQuantitiesOf = (fees: readonly Fee[], counts: FeeCounts): FeeQuantityInput[] =>
  fees.flatMap((fee) => {
    const quantity = fee.per === undefined ? null : countOf(counts[fee.name]);
    return quantity === null ? [] : [{ name: fee.name, quantity }];
  });

/** The key a fee's count error is shown under: `feeQuantities.<fee name>`. */
export const feeCountErrorKey = (name: string): string => `feeQuantities.${name}`;

const capitalise = (text: string): string => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);

/** The rule a count breaks, as a sentence beside its box. */
export const feeCountRuleText = (language: Language): string =>
  capitalise(feeQuantityRule[language]);

/**
 * Per-unit fees the form must not send yet, keyed as shown: a count left empty is asked for
 * ("Cần nhập số trang"), a count `countOf` cannot read is told the rule ("Số trang hoặc số bản
 * phải là số nguyên từ 1 đến 9.999"). The same reading draws the total, so a box that shows no
 * line amount always stops the dossier here.
 */
export const feeCountIssues = (
  fees: readonly Fee[],
  counts: FeeCounts,
  language: Language = 'vi',
): Record<string, string> =>
  Object.fromEntries(
    fees.flatMap((fee) => {
      if (fee.per === undefined) return [];
      const typed = (counts[fee.name] ?? '').trim();
      if (typed !== '' && countOf(typed) !== null) return [];
      const count = feeUnitWords[fee.per].count;
      const text =
        typed !== ''
          ? feeCountRuleText(language)
          : language === 'en'
            ? `Enter the ${count.en.toLowerCase()}`
            : `Cần nhập ${count.vi.toLowerCase()}`;
      return [[feeCountErrorKey(fee.name), text]];
    }),
  );

/** One fee as the form shows it; `line` is null while a per-unit fee has no valid count. */
export type FeeView = { fee: Fee; line: DossierFee | null; text: string };

/**
 * Every fee of the procedure as charged for the counts typed so far, and the total: null until
 * every per-unit fee has a valid count, since a partial sum would understate what is due. A fee
 * not yet counted shows its price ("2.000 đ/trang"), a counted one its line, in the receipt's
 * words ("2.000 đ × 10 trang = 20.000 đ").
 */
export const feeViews = (
  fees: readonly Fee[],
  counts: FeeCounts,
  language: Language = 'vi',
): { views: FeeView[]; totalVnd: number | null } => {
  const views = fees.map((fee): FeeView => {
    const count = fee.per === undefined ? 1 : countOf(counts[fee.name]);
    const line = count === null ? null : chargeLine(fee, count);
    return { fee, line, text: line ? feeLineText(line, language) : feePriceText(fee, language) };
  });
  const complete = views.every((view) => view.line !== null);
  return {
    views,
    totalVnd: complete ? views.reduce((sum, view) => sum + (view.line?.amountVnd ?? 0), 0) : null,
  };
};

import type { Language } from '@openops/client';
import { businessDayOf, feePriceText, formatBusinessDay, type Fee } from '@openops/protocol';

/** `YYYY-MM-DD` → `27/10/2023` in both languages: the form Vietnamese papers use. */
export const formatDay = formatBusinessDay;

/**
 * A configured fee as the kiosk lists it, in the protocol's words so that the screen, the printed
 * checklist and the counter write an amount alike: "75.000 đ", "2.000 đ/trang". English keeps the
 * dong as the counter writes it ("2.000 đ/page"): the amount the citizen pays reads the same
 * either way. A fee of 0 đ is said in words on screen (`free`); the printed list shows "0 đ".
 */
export const feeText = (fee: Fee, language: Language, free: string): string =>
  fee.amountVnd === 0 ? free : feePriceText(fee, language);

/** The business day (`YYYY-MM-DD`) of an instant in a time zone: the server's own rule. */
export const dayIn = businessDayOf;

/** Calendar days from `from` to `to` (both `YYYY-MM-DD`); negative when `to` is earlier. */
export const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

export type Timeliness =
  { kind: 'on-time' } | { kind: 'due-today' } | { kind: 'late'; days: number };

/**
 * On time or late, from the return date (DESIGN.md: computed, never a status). Counted in
 * calendar days past the due date, which is what the citizen holding the paper sees.
 */
export const timelinessOf = (returnDate: string, today: string): Timeliness => {
  const days = daysBetween(returnDate, today);
  if (days > 0) return { kind: 'late', days };
  if (days === 0) return { kind: 'due-today' };
  return { kind: 'on-time' };
};

export type Age = { unit: 'under-a-minute' | 'minutes' | 'hours' | 'days'; count: number };

/** A data age in the largest whole unit. */
export const ageOf = (seconds: number): Age => {
  if (seconds < 60) return { unit: 'under-a-minute', count: 0 };
  if (seconds < 3600) return { unit: 'minutes', count: Math.floor(seconds / 60) };
  if (seconds < 86_400) return { unit: 'hours', count: Math.floor(seconds / 3600) };
  return { unit: 'days', count: Math.floor(seconds / 86_400) };
};

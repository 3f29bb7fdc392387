import type { Language } from '@openops/client';
import type { ReportCell } from '@openops/protocol';
import { formatDay } from '../elapsed';

/** The same number format in each language's own way: Vietnamese 1.234,5; English 1,234.5. */
const formats = (options: Intl.NumberFormatOptions): Record<Language, Intl.NumberFormat> => ({
  vi: new Intl.NumberFormat('vi-VN', options),
  en: new Intl.NumberFormat('en-GB', options),
});

const numberFormats = formats({ maximumFractionDigits: 1 });

// One decimal always, for the figures promised with one (minutes, percentages): 12,0, not 12.
const oneDecimalFormats = formats({ minimumFractionDigits: 1, maximumFractionDigits: 1 });

/**
 * A report cell as a reader of `language` expects it on screen: 1.234 and 53,2 in Vietnamese,
 * 1,234 and 53.2 in English (the files keep 1234 and 53.2 for spreadsheets), minutes and
 * percentages with their one decimal (12,0; 12.0), days as 26/11/2026 (day/month/year in
 * both, as en-GB writes them too), and a dash for no value. Text is left as it is.
 */
export const screenCell = (cell: ReportCell, language: Language): string => {
  if (cell === null) return '—';
  if (typeof cell === 'number') return numberFormats[language].format(cell);
  if (typeof cell === 'object') return oneDecimalFormats[language].format(cell.value);
  return /^\d{4}-\d{2}-\d{2}$/.test(cell) ? formatDay(cell) : cell;
};

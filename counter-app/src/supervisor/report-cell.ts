import type { ReportCell } from '@openops/protocol';
import { formatDay } from '../elapsed';

const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

/**
 * A report cell as a Vietnamese reader expects it on screen: 1.234 and 53,2 (the files keep
 * 1234 and 53.2 for spreadsheets), days as 26/11/2026, and a dash for no value.
 */
export const screenCell = (cell: ReportCell): string => {
  if (cell === null) return '—';
  if (typeof cell === 'number') return numberFormat.format(cell);
  return /^\d{4}-\d{2}-\d{2}$/.test(cell) ? formatDay(cell) : cell;
};

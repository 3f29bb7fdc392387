import type { ReportCell } from '@openops/protocol';
import { formatDay } from '../elapsed';

const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

// One decimal always, for the figures promised with one (minutes, percentages): 12,0, not 12.
const oneDecimalFormat = new Intl.NumberFormat('vi-VN', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});

/**
 * A report cell as a Vietnamese reader expects it on screen: 1.234 and 53,2 (the files keep
 * 1234 and 53.2 for spreadsheets), minutes and percentages with their one decimal (12,0), days
 * as 26/11/2026, and a dash for no value.
 */
export const screenCell = (cell: ReportCell): string => {
  if (cell === null) return '—';
  if (typeof cell === 'number') return numberFormat.format(cell);
  if (typeof cell === 'object') return oneDecimalFormat.format(cell.value);
  return /^\d{4}-\d{2}-\d{2}$/.test(cell) ? formatDay(cell) : cell;
};

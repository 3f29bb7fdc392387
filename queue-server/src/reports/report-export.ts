import type ExcelJS from 'exceljs';
import {
  reportTable,
  reportTables,
  type Report,
  type ReportCell,
  type ReportTable,
  type ReportTableData,
} from '@openops/protocol';

const csvCell = (cell: ReportCell): string => {
  if (cell === null) return '';
  const text = String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/**
 * One table as CSV: UTF-8 with a byte-order mark (so Excel shows tone marks rather than
 * mojibake), comma-separated, CRLF line ends (RFC 4180), dot decimals.
 */
export const reportCsv = (report: Report, table: ReportTable): Buffer => {
  const { headers, rows } = reportTable(report, table);
  const lines = [headers, ...rows].map((row) => row.map(csvCell).join(','));
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
};

const addSheet = (book: ExcelJS.Workbook, table: ReportTableData): void => {
  const sheet = book.addWorksheet(table.title);
  sheet.addRow(table.headers).font = { bold: true };
  table.rows.forEach((row) => sheet.addRow(row));
  sheet.columns.forEach((column, index) => {
    column.width = index === 0 ? 36 : 18;
  });
};

/** The whole report as one workbook, a sheet per table, Vietnamese sheet names and headers. */
export const reportXlsx = async (report: Report): Promise<Buffer> => {
  // Loaded on the first export: the workbook library is the biggest module the server has
  // (about 0.2 s and tens of MB), and a centre exports a few times a month.
  const { default: excel } = await import('exceljs');
  const book = new excel.Workbook();
  book.creator = 'OpenOPS Centre';
  reportTables.forEach((table) => addSheet(book, reportTable(report, table)));
  const written = await book.xlsx.writeBuffer();
  return Buffer.from(written);
};

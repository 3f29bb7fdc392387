import type ExcelJS from 'exceljs';
import {
  reportTable,
  reportTables,
  type FixedFigure,
  type Report,
  type ReportCell,
  type ReportTable,
  type ReportTableData,
} from '@openops/protocol';

const isFixed = (cell: ReportCell): cell is FixedFigure =>
  typeof cell === 'object' && cell !== null;

const csvCell = (cell: ReportCell): string => {
  if (cell === null) return '';
  // Dot decimals, no thousands separator, and the promised decimal kept: 12.0, not 12.
  const text = isFixed(cell) ? cell.value.toFixed(cell.decimals) : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/**
 * One table as CSV: UTF-8 with a byte-order mark (so Excel shows tone marks rather than
 * mojibake), comma-separated, CRLF line ends (RFC 4180), dot decimals; minutes and
 * percentages always with their one decimal (12.0).
 */
export const reportCsv = (report: Report, table: ReportTable): Buffer => {
  const { headers, rows } = reportTable(report, table);
  const lines = [headers, ...rows].map((row) => row.map(csvCell).join(','));
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
};

/** The Excel number format that shows `decimals` places: `0.0` for one. */
const numberFormatOf = (decimals: number): string => `0.${'0'.repeat(decimals)}`;

const addSheet = (book: ExcelJS.Workbook, table: ReportTableData): void => {
  const sheet = book.addWorksheet(table.title);
  sheet.addRow(table.headers).font = { bold: true };
  table.rows.forEach((cells) => {
    // Figures stay numbers a spreadsheet can sum; the format shows their decimal (12.0).
    const row = sheet.addRow(cells.map((cell) => (isFixed(cell) ? cell.value : cell)));
    cells.forEach((cell, index) => {
      if (isFixed(cell)) row.getCell(index + 1).numFmt = numberFormatOf(cell.decimals);
    });
  });
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

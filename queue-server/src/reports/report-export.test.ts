import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Report } from '@openops/protocol';
import { reportCsv, reportXlsx } from './report-export';

const report: Report = {
  query: { from: '2026-10-01', to: '2026-10-31' },
  tickets: { issued: 1234, served: 1000, noShow: 34, cancelled: 0 },
  // Whole minutes (720 s = 12) and a whole rate (100 %) are where the decimal went missing.
  waiting: { count: 1000, meanSeconds: 720, medianSeconds: 750, p90Seconds: null },
  service: { count: 0, meanSeconds: null, medianSeconds: null, p90Seconds: null },
  hours: [{ hour: 8, issued: 40, served: 38, noShow: 2, meanWaitSeconds: 300 }],
  dossiers: { received: 0, onTime: 0, late: 0, pending: 0 },
  satisfaction: [
    {
      scope: 'total',
      id: 'total',
      name: 'Toàn trung tâm',
      total: 3,
      verySatisfied: 2,
      satisfied: 1,
      neutral: 0,
      dissatisfied: 0,
      veryDissatisfied: 0,
      satisfactionRate: 100,
    },
  ],
};

const csvLines = (table: 'summary' | 'hours' | 'satisfaction'): string[] =>
  reportCsv(report, table).toString('utf8').slice(1).split('\r\n');

describe('reportCsv', () => {
  it('writes minutes and percentages with one dot decimal, counts whole', () => {
    const summary = csvLines('summary');
    expect(summary).toContain('Số phiếu đã cấp,1234');
    expect(summary).toContain('Thời gian chờ trung bình (phút),12.0');
    expect(summary).toContain('Thời gian chờ trung vị (phút),12.5');
    expect(summary).toContain('Thời gian chờ P90 (phút),');
    expect(csvLines('hours')).toContain('08:00,40,38,2,5.0');
    expect(csvLines('satisfaction')).toContain('Toàn trung tâm,Toàn trung tâm,3,2,1,0,0,0,100.0');
  });
});

describe('reportXlsx', () => {
  it('keeps figures as numbers and shows minutes and percentages with one decimal', async () => {
    const book = new ExcelJS.Workbook();
    // Copied into a plain ArrayBuffer, the type the reader declares.
    await book.xlsx.load(new Uint8Array(await reportXlsx(report)).buffer);
    const summary = book.getWorksheet('Tổng hợp');
    const valueCell = (label: string) => {
      let found: ExcelJS.Cell | undefined;
      summary?.eachRow((row) => {
        if (row.getCell(1).value === label) found = row.getCell(2);
      });
      return found;
    };
    expect(valueCell('Thời gian chờ trung bình (phút)')?.value).toBe(12);
    expect(valueCell('Thời gian chờ trung bình (phút)')?.numFmt).toBe('0.0');
    expect(valueCell('Số phiếu đã cấp')?.value).toBe(1234);
    expect(valueCell('Số phiếu đã cấp')?.numFmt).toBeUndefined();
    expect(book.getWorksheet('Theo giờ')?.getRow(2).getCell(5).numFmt).toBe('0.0');
    const rate = book.getWorksheet('Mức độ hài lòng')?.getRow(2).getCell(9);
    expect(rate?.value).toBe(100);
    expect(rate?.numFmt).toBe('0.0');
  });
});

import { describe, expect, it } from 'vitest';
import { feeLineText } from '@openops/protocol';
import { decodeEscPos } from './escpos-decoder';
import { receiptFeeLine, receiptFeeTotal, renderDossierReceipt } from './receipt-renderer';
import { checklistFeeLine } from './checklist-renderer';
import { sampleReceipt } from './sample-documents';

/** The line as read, with the spaces a wrap never breaks at shown as plain spaces. */
const read = (line: string): string => line.replace(/\u00a0/g, ' ');

const perPage = {
  name: 'Phí chứng thực bản sao (mỗi trang)',
  amountVnd: 20000,
  per: 'page',
  unitPriceVnd: 2000,
  quantity: 10,
} as const;

const rasters = (bytes: Uint8Array): number =>
  decodeEscPos(bytes).filter((op) => op.op === 'raster').length;

describe('fees on a dossier receipt', () => {
  it('prints a per-page fee as its sum, in Vietnamese', () => {
    expect(read(receiptFeeLine(perPage))).toBe(
      '- Phí chứng thực bản sao (mỗi trang): 2.000 đ × 10 trang = 20.000 đ',
    );
    expect(read(receiptFeeLine({ ...perPage, per: 'copy', quantity: 3, amountVnd: 6000 }))).toBe(
      '- Phí chứng thực bản sao (mỗi trang): 2.000 đ × 3 bản = 6.000 đ',
    );
    expect(read(receiptFeeLine({ name: 'Lệ phí', amountVnd: 75000 }))).toBe('- Lệ phí: 75.000 đ');
  });

  it('keeps "× 10 trang" whole so a wrapped line never splits it', () => {
    expect(receiptFeeLine(perPage)).toContain('×\u00a010\u00a0trang');
  });

  it('groups a count of thousands as the amounts beside it, as the counter showed it', () => {
    const thick = { ...perPage, quantity: 1000, amountVnd: 2_000_000 };
    expect(read(receiptFeeLine(thick))).toBe(
      '- Phí chứng thực bản sao (mỗi trang): 2.000 đ × 1.000 trang = 2.000.000 đ',
    );
    expect(receiptFeeLine(thick)).toBe(`- ${thick.name}: ${feeLineText(thick)}`);
    expect(receiptFeeLine(thick)).toContain('×\u00a01.000\u00a0trang');
  });

  it('totals the multiplied lines, and prints every line', () => {
    expect(read(receiptFeeTotal([perPage, { name: 'Lệ phí', amountVnd: 5000 }]))).toBe(
      'Tổng cộng: 25.000 đ',
    );
    const one = rasters(renderDossierReceipt({ ...sampleReceipt, fees: [perPage] }));
    const two = rasters(renderDossierReceipt({ ...sampleReceipt, fees: [perPage, perPage] }));
    expect(two).toBeGreaterThan(one);
  });
});

describe('fees on a procedure checklist', () => {
  it('says a per-unit fee is per page or per copy', () => {
    const fee = { name: 'Phí chứng thực', amountVnd: 2000 };
    expect(read(checklistFeeLine({ ...fee, per: 'page' }))).toBe('- Phí chứng thực: 2.000 đ/trang');
    expect(read(checklistFeeLine({ ...fee, per: 'copy' }))).toBe('- Phí chứng thực: 2.000 đ/bản');
    expect(read(checklistFeeLine(fee))).toBe('- Phí chứng thực: 2.000 đ');
  });
});

import { describe, expect, it } from 'vitest';
import {
  chargeFees,
  chargeLine,
  feeLineText,
  feePriceText,
  feeQuantityMax,
  feesTotalVnd,
  feeUnitWords,
  formatDong,
  groupThousands,
} from './fees';
import { receiveDossierBodySchema } from './dossiers';
import { updateProcedureBodySchema } from './procedure-config';
import { feeAmountMaxVnd, feeUnits, procedureSchema, type Fee } from './procedures';
import { nationalFeeUnits } from './sync-dossier';

/** Text as read, with the spaces a wrap never breaks at shown as plain spaces. */
const read = (text: string): string => text.replace(/\u00a0/g, ' ');

const perPage: Fee = { name: 'Phí chứng thực (mỗi trang)', amountVnd: 2000, per: 'page' };
const flat: Fee = { name: 'Lệ phí', amountVnd: 10000 };
const procedure = {
  code: '2.000815',
  name: 'Chứng thực bản sao',
  serviceId: 'chung-thuc',
  processingDays: 0,
  documents: [],
  fees: [flat],
  whereToSubmit: '',
};

describe('per-unit fees', () => {
  it('multiplies a per-page fee by the pages and keeps a flat fee once', () => {
    expect(chargeLine(perPage, 10)).toEqual({
      name: perPage.name,
      amountVnd: 20000,
      per: 'page',
      unitPriceVnd: 2000,
      quantity: 10,
    });
    expect(chargeLine(flat, 10)).toEqual({ name: 'Lệ phí', amountVnd: 10000 });
    const charged = chargeFees([flat, perPage], [{ name: perPage.name, quantity: 10 }]);
    expect(charged.lines.map((line) => line.amountVnd)).toEqual([10000, 20000]);
    expect(charged.totalVnd).toBe(30000);
    expect(feesTotalVnd(charged.lines)).toBe(30000);
    expect(charged.invalid).toEqual([]);
    expect(charged.missing).toEqual([]);
  });

  it('names a per-unit fee left without a quantity, by its unit', () => {
    const perCopy: Fee = { name: 'Phí sao y', amountVnd: 3000, per: 'copy' };
    expect(chargeFees([flat, perPage, perCopy]).missing).toEqual([
      { path: 'feeQuantities', message: 'thiếu số trang: Phí chứng thực (mỗi trang)' },
      { path: 'feeQuantities', message: 'thiếu số bản: Phí sao y' },
    ]);
  });

  it('refuses quantities for an unknown fee, a flat fee, or one fee twice', () => {
    const { invalid } = chargeFees(
      [flat, perPage],
      [
        { name: perPage.name, quantity: 1 },
        { name: perPage.name, quantity: 2 },
        { name: 'Lệ phí', quantity: 2 },
        { name: 'Không có', quantity: 2 },
      ],
    );
    expect(invalid.map((issue) => issue.path)).toEqual([
      'feeQuantities.1.name',
      'feeQuantities.2.name',
      'feeQuantities.3.name',
    ]);
  });

  it('takes whole quantities from 1 to 9999 in the reception body, said in Vietnamese', () => {
    const body = (quantity?: number) => ({
      procedureId: 'chung-thuc-ban-sao',
      applicant: { name: 'Lê Văn Cường' },
      documents: [],
      counterId: 'quay-3',
      officerName: 'Cán bộ 3',
      ...(quantity === undefined ? {} : { feeQuantities: [{ name: perPage.name, quantity }] }),
    });
    expect(receiveDossierBodySchema.safeParse(body(9999)).success).toBe(true);
    for (const bad of [0, 2.5, 10000, Number.NaN]) {
      const parsed = receiveDossierBodySchema.safeParse(body(bad));
      expect(parsed.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
        ['feeQuantities.0.quantity', 'số trang hoặc số bản phải là số nguyên từ 1 đến 9.999'],
      ]);
    }
    // Without per-unit fees the field is left out, as before.
    expect(receiveDossierBodySchema.safeParse(body()).success).toBe(true);
  });

  it('keeps a fee without `per` flat, and refuses two fees of one name in an edit', () => {
    expect(procedureSchema.parse({ ...procedure, id: 'x' }).fees[0]?.per).toBeUndefined();
    expect(
      procedureSchema.safeParse({ ...procedure, id: 'x', fees: [{ ...flat, per: 'kg' }] }).success,
    ).toBe(false);
    const twice = updateProcedureBodySchema.safeParse({ ...procedure, fees: [perPage, perPage] });
    expect(twice.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['fees.1.name']);
  });

  it('refuses two fees of one name in any procedure read, not only in an edit', () => {
    // A flat fee and a per-page fee of one name: `chargeFees` finds the flat one first, so the
    // procedure could never be received. centre.json is read with this schema.
    const clash = {
      ...procedure,
      id: 'x',
      fees: [flat, { ...flat, amountVnd: 2000, per: 'page' }],
    };
    const parsed = procedureSchema.safeParse(clash);
    expect(parsed.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['fees.1.name', 'trùng với một lệ phí khác (Lệ phí)'],
    ]);
  });

  it('caps a fee so that its price times the most units stays a safe integer', () => {
    const priced = (amountVnd: number) =>
      procedureSchema.safeParse({ ...procedure, id: 'x', fees: [{ ...perPage, amountVnd }] });
    expect(priced(feeAmountMaxVnd).success).toBe(true);
    expect(priced(feeAmountMaxVnd + 1).error?.issues.map((issue) => issue.message)).toEqual([
      'mức lệ phí tối đa 1.000.000.000 đ',
    ]);
    expect(Number.isSafeInteger(feeAmountMaxVnd * feeQuantityMax)).toBe(true);
  });
});

describe('fee wording, one for the counter screen and the receipt', () => {
  it('writes dong and counts with dots between thousands, the amount never split from "đ"', () => {
    expect(formatDong(20000)).toBe('20.000\u00a0đ');
    expect(read(formatDong(1234567))).toBe('1.234.567 đ');
    expect(read(formatDong(0))).toBe('0 đ');
    expect(groupThousands(1000)).toBe('1.000');
    expect(groupThousands(999)).toBe('999');
  });

  it('words a charged line with its count grouped, and keeps "× 1.000 trang" whole', () => {
    const line = chargeLine(perPage, 1000);
    expect(read(feeLineText(line))).toBe('2.000 đ × 1.000 trang = 2.000.000 đ');
    expect(feeLineText(line)).toContain('×\u00a01.000\u00a0trang');
    expect(read(feeLineText(chargeLine({ ...perPage, per: 'copy' }, 3), 'en'))).toBe(
      '2.000 đ × 3 copies = 6.000 đ',
    );
    expect(read(feeLineText(chargeLine(flat, 1)))).toBe('10.000 đ');
  });

  it('words a configured price before anything is counted', () => {
    expect(read(feePriceText(perPage))).toBe('2.000 đ/trang');
    expect(read(feePriceText({ ...perPage, per: 'copy' }, 'en'))).toBe('2.000 đ/copy');
    expect(read(feePriceText(flat))).toBe('10.000 đ');
  });

  it('sends OpenOPS the unit words the receipt prints after a count', () => {
    expect(nationalFeeUnits).toEqual(feeUnits.map((unit) => feeUnitWords[unit].unit.vi));
    expect(nationalFeeUnits).toEqual(['trang', 'bản']);
  });
});

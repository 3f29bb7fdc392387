import { describe, expect, it } from 'vitest';
import { chargeFees, chargeLine, feesTotalVnd } from './fees';
import { receiveDossierBodySchema } from './dossiers';
import { updateProcedureBodySchema } from './procedure-config';
import { procedureSchema, type Fee } from './procedures';

const perPage: Fee = { name: 'Phí chứng thực (mỗi trang)', amountVnd: 2000, per: 'page' };
const flat: Fee = { name: 'Lệ phí', amountVnd: 10000 };

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
        ['feeQuantities.0.quantity', 'số trang hoặc số bản là số nguyên từ 1 đến 9999'],
      ]);
    }
    // Without per-unit fees the field is left out, as before.
    expect(receiveDossierBodySchema.safeParse(body()).success).toBe(true);
  });

  it('keeps a fee without `per` flat, and refuses two fees of one name in an edit', () => {
    const procedure = {
      code: '2.000815',
      name: 'Chứng thực bản sao',
      serviceId: 'chung-thuc',
      processingDays: 0,
      documents: [],
      fees: [flat],
      whereToSubmit: '',
    };
    expect(procedureSchema.parse({ ...procedure, id: 'x' }).fees[0]?.per).toBeUndefined();
    expect(
      procedureSchema.safeParse({ ...procedure, id: 'x', fees: [{ ...flat, per: 'kg' }] }).success,
    ).toBe(false);
    const twice = updateProcedureBodySchema.safeParse({ ...procedure, fees: [perPage, perPage] });
    expect(twice.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['fees.1.name']);
  });
});

import { describe, expect, it } from 'vitest';
import type { Fee } from '@openops/protocol';
import { countOf, feeQuantitiesOf, feeViews, formatDong, missingFeeCounts } from './fee-quantities';

const perPage: Fee = { name: 'Phí chứng thực bản sao (mỗi trang)', amountVnd: 2000, per: 'page' };
const perCopy: Fee = { name: 'Phí cấp bản sao', amountVnd: 5000, per: 'copy' };
const flat: Fee = { name: 'Lệ phí', amountVnd: 75000 };

describe('per-unit fees at reception', () => {
  it('writes dong with dots between thousands', () => {
    expect(formatDong(20000)).toBe('20.000 đ');
    expect(formatDong(1234567)).toBe('1.234.567 đ');
    expect(formatDong(0)).toBe('0 đ');
  });

  it('shows a per-page line multiplied as it is typed, and the total once every count is in', () => {
    const before = feeViews([flat, perPage], {});
    expect(before.views.map((view) => view.text)).toEqual(['75.000 đ', '2.000 đ/trang']);
    expect(before.totalVnd).toBeNull();
    const after = feeViews([flat, perPage], { [perPage.name]: '10' });
    expect(after.views.map((view) => view.text)).toEqual([
      '75.000 đ',
      '2.000 đ × 10 trang = 20.000 đ',
    ]);
    expect(after.totalVnd).toBe(95000);
    expect(feeViews([perCopy], { [perCopy.name]: '3' }, 'en').views[0]?.text).toBe(
      '5.000 đ × 3 copies = 15.000 đ',
    );
    expect(feeViews([flat], {}).totalVnd).toBe(75000);
    expect(feeViews([perPage], {}, 'en').views[0]?.text).toBe('2.000 đ/page');
  });

  it('counts only whole numbers from 1 to 9999', () => {
    expect(['1', ' 12 ', '9999'].map(countOf)).toEqual([1, 12, 9999]);
    expect(['', '0', '2.5', '-1', '10000', undefined].map(countOf)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(feeViews([perPage], { [perPage.name]: '0' }).totalVnd).toBeNull();
  });

  it('sends the counts of per-unit fees only, and asks for the missing ones by their unit', () => {
    const counts = { [perPage.name]: '10', [flat.name]: '4' };
    expect(feeQuantitiesOf([flat, perPage, perCopy], counts)).toEqual([
      { name: perPage.name, quantity: 10 },
    ]);
    expect(missingFeeCounts([flat, perPage, perCopy], counts)).toEqual({
      [`feeQuantities.${perCopy.name}`]: 'Cần nhập số bản',
    });
    expect(missingFeeCounts([perPage], {}, 'en')).toEqual({
      [`feeQuantities.${perPage.name}`]: 'Enter the pages',
    });
  });
});

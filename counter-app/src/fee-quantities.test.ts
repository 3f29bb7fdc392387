import { describe, expect, it } from 'vitest';
import { chargeLine, feeLineText, type Fee } from '@openops/protocol';
import { countOf, feeCountIssues, feeQuantitiesOf, feeViews } from './fee-quantities';

const perPage: Fee = { name: 'Phí chứng thực bản sao (mỗi trang)', amountVnd: 2000, per: 'page' };
const perCopy: Fee = { name: 'Phí cấp bản sao', amountVnd: 5000, per: 'copy' };
const flat: Fee = { name: 'Lệ phí', amountVnd: 75000 };

/** Text as read, with the spaces a wrap never breaks at shown as plain spaces. */
const read = (text: string | undefined): string => (text ?? '').replace(/\u00a0/g, ' ');

describe('per-unit fees at reception', () => {
  it('shows a per-page line multiplied as it is typed, and the total once every count is in', () => {
    const before = feeViews([flat, perPage], {});
    expect(before.views.map((view) => read(view.text))).toEqual(['75.000 đ', '2.000 đ/trang']);
    expect(before.totalVnd).toBeNull();
    const after = feeViews([flat, perPage], { [perPage.name]: '10' });
    expect(after.views.map((view) => read(view.text))).toEqual([
      '75.000 đ',
      '2.000 đ × 10 trang = 20.000 đ',
    ]);
    expect(after.totalVnd).toBe(95000);
    expect(read(feeViews([perCopy], { [perCopy.name]: '3' }, 'en').views[0]?.text)).toBe(
      '5.000 đ × 3 copies = 15.000 đ',
    );
    expect(feeViews([flat], {}).totalVnd).toBe(75000);
    expect(read(feeViews([perPage], {}, 'en').views[0]?.text)).toBe('2.000 đ/page');
  });

  it('groups a count of thousands as the amounts beside it, in the words the receipt prints', () => {
    const view = feeViews([perPage], { [perPage.name]: '1000' }).views[0];
    expect(read(view?.text)).toBe('2.000 đ × 1.000 trang = 2.000.000 đ');
    expect(view?.text).toBe(feeLineText(chargeLine(perPage, 1000)));
  });

  it('counts only whole numbers from 1 to 9999, written in digits', () => {
    expect(['1', ' 12 ', '9999'].map(countOf)).toEqual([1, 12, 9999]);
    expect(['', '0', '2.5', '-1', '10000', '1e3', '1.000', '0x10', undefined].map(countOf)).toEqual(
      [null, null, null, null, null, null, null, null, null],
    );
    expect(feeViews([perPage], { [perPage.name]: '0' }).totalVnd).toBeNull();
  });

  it('sends the counts of per-unit fees only, and asks for the missing ones by their unit', () => {
    const counts = { [perPage.name]: '10', [flat.name]: '4' };
    expect(feeQuantitiesOf([flat, perPage, perCopy], counts)).toEqual([
      { name: perPage.name, quantity: 10 },
    ]);
    expect(feeCountIssues([flat, perPage, perCopy], counts)).toEqual({
      [`feeQuantities.${perCopy.name}`]: 'Cần nhập số bản',
    });
    expect(feeCountIssues([perPage], {}, 'en')).toEqual({
      [`feeQuantities.${perPage.name}`]: 'Enter the number of pages',
    });
  });

  it('never sends a count the screen did not draw a line and total from', () => {
    // "1e3" is what a number box let through: `Number` reads 1000, the screen showed nothing.
    for (const typed of ['1e3', '1.000', '0', '10000', '2,5']) {
      const counts = { [perPage.name]: typed };
      expect(feeViews([perPage], counts).totalVnd).toBeNull();
      expect(feeQuantitiesOf([perPage], counts)).toEqual([]);
      expect(feeCountIssues([perPage], counts)).toEqual({
        [`feeQuantities.${perPage.name}`]: 'Số trang hoặc số bản phải là số nguyên từ 1 đến 9.999',
      });
    }
    expect(feeCountIssues([perPage], { [perPage.name]: '1e3' }, 'en')).toEqual({
      [`feeQuantities.${perPage.name}`]:
        'The number of pages or copies must be a whole number from 1 to 9,999',
    });
    // What the screen multiplied is what is sent, and nothing then stops it.
    const counted = { [perPage.name]: ' 12 ' };
    expect(feeQuantitiesOf([perPage], counted)).toEqual([{ name: perPage.name, quantity: 12 }]);
    expect(feeCountIssues([perPage], counted)).toEqual({});
  });
});

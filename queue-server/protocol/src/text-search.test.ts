import { describe, expect, it } from 'vitest';
import { foldVietnamese, matchesSearch, searchItems, searchTerms } from './text-search';

describe('foldVietnamese', () => {
  it.each([
    ['Đăng ký khai sinh', 'dang ky khai sinh'],
    ['ĐẤT ĐAI – XÂY DỰNG', 'dat dai xay dung'],
    ['Chứng thực bản sao', 'chung thuc ban sao'],
    ['Hộ tịch', 'ho tich'],
    ['  nhiều   khoảng   trắng ', 'nhieu khoang trang'],
    ['Giấy phép, (xây dựng)!', 'giay phep xay dung'],
    ['1.001193', '1.001193'],
    ['000.00.06.H56-231027-0361', '000.00.06.h56-231027-0361'],
    ['ưởng ữ ỵ ẳ', 'uong u y a'],
  ])('%s → %s', (input, folded) => {
    expect(foldVietnamese(input)).toBe(folded);
  });

  it('folds decomposed (NFD) input like composed (NFC) input', () => {
    const composed = 'Đăng ký kết hôn';
    expect(foldVietnamese(composed.normalize('NFD'))).toBe(foldVietnamese(composed));
  });
});

describe('matchesSearch', () => {
  const birth = ['Đăng ký khai sinh', '1.001193', 'Birth registration'];

  it.each([
    'dang ky khai sinh',
    'đăng ký khai sinh',
    'ĐĂNG KÝ',
    'khai sinh',
    'sinh khai',
    'kh',
    'birth',
    '1.0011',
    '',
    '   ',
  ])('finds "Đăng ký khai sinh" with "%s"', (query) => {
    expect(matchesSearch(query, birth)).toBe(true);
  });

  it.each(['ket hon', 'sinhx', 'an', 'khai tu'])('does not find it with "%s"', (query) => {
    expect(matchesSearch(query, birth)).toBe(false);
  });

  it('matches word starts, not any substring', () => {
    expect(matchesSearch('an', ['Chứng thực bản sao'])).toBe(false);
    expect(matchesSearch('ban', ['Chứng thực bản sao'])).toBe(true);
  });
});

describe('searchTerms', () => {
  it('splits a folded query into words', () => {
    expect(searchTerms(' Xây  DỰNG ')).toEqual(['xay', 'dung']);
    expect(searchTerms('')).toEqual([]);
  });
});

describe('searchItems', () => {
  const procedures = [
    { name: 'Cấp giấy phép xây dựng nhà ở riêng lẻ' },
    { name: 'Đăng ký kết hôn' },
    { name: 'Đăng ký khai sinh' },
    { name: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản' },
  ];
  const names = (items: readonly { name: string }[]): string[] => items.map((item) => item.name);

  it('returns everything, in order, for a blank query', () => {
    expect(names(searchItems(procedures, '', (item) => [item.name]))).toEqual(names(procedures));
  });

  it('keeps only matches, names starting with the query first', () => {
    expect(names(searchItems(procedures, 'dang ky', (item) => [item.name]))).toEqual([
      'Đăng ký kết hôn',
      'Đăng ký khai sinh',
    ]);
    expect(names(searchItems(procedures, 'giay', (item) => [item.name]))).toEqual([
      'Cấp giấy phép xây dựng nhà ở riêng lẻ',
      'Chứng thực bản sao từ bản chính giấy tờ, văn bản',
    ]);
  });

  it('puts an exact match before a prefix match', () => {
    const items = [{ name: 'Hộ tịch có yếu tố nước ngoài' }, { name: 'Hộ tịch' }];
    expect(names(searchItems(items, 'ho tich', (item) => [item.name]))).toEqual([
      'Hộ tịch',
      'Hộ tịch có yếu tố nước ngoài',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { checkRows, describeServerIssue } from './config-issues';

const service = (part: Record<string, unknown>) => ({
  id: 'ho-tich',
  name: 'Hộ tịch',
  nameEn: 'Civil status',
  prefix: 'A',
  dailyLimit: null,
  ...part,
});

describe('configuration table problems', () => {
  it('names an empty cell by the row number on screen and its column, in Vietnamese', () => {
    const unnamed = { ...service({}), name: undefined };
    expect(
      checkRows('services', [service({}), service({ id: 'b', prefix: 'B' }), unnamed]),
    ).toEqual(['Dòng 3: cần nhập tên']);
  });

  it('asks for a counter service list left empty and a number that is not one', () => {
    const counter = { id: 'quay-2', number: 2, name: 'Quầy 2', zone: 'tang-1' };
    expect(
      checkRows('counters', [
        { ...counter, serviceIds: ['ho-tich'] },
        { ...counter, number: Number.NaN },
      ]),
    ).toEqual(['Dòng 2: số quầy phải là số', 'Dòng 2: cần nhập dịch vụ']);
  });

  it('turns the server path of a refused row into its row on screen', () => {
    expect(
      describeServerIssue('services', { path: 'services.1.prefix', message: 'tiền tố trùng: A' }),
    ).toBe('Dòng 2: tiền tố: tiền tố trùng: A');
    expect(
      describeServerIssue('services', {
        path: '2.name',
        message: 'Invalid input: expected string, received undefined',
      }),
    ).toBe('Dòng 3: tên không hợp lệ');
    expect(describeServerIssue('officers', { path: '(root)', message: 'sai' })).toBe('(root): sai');
  });
});

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
    ).toBe('Dòng 3: cần nhập tên');
    expect(describeServerIssue('officers', { path: '(root)', message: 'sai' })).toBe('(root): sai');
  });

  it("names a JSON section's entry by its place and its setting in Vietnamese, never in zod's English", () => {
    expect(
      describeServerIssue('priorityCategories', {
        path: '5.name',
        message: 'Too small: expected string to have >=1 characters',
      }),
    ).toBe('Đối tượng ưu tiên số 6: cần nhập tên');
    expect(
      describeServerIssue('queuePolicy', {
        path: 'calling.mode',
        message: "Invalid discriminator value. Expected 'strict' | 'alternate' | 'weighted'",
      }),
    ).toMatch(/^Cách gọi số phải là một trong: "strict" \(/);
    expect(
      describeServerIssue('calendar', { path: 'calendar.holidays.0', message: 'Invalid ISO date' }),
    ).toBe('Ngày nghỉ lễ số 1 phải là một ngày có thật, dạng năm-tháng-ngày (ví dụ 2026-09-02)');
    expect(
      describeServerIssue('queuePolicy', {
        path: '(root)',
        message: 'Unrecognized key: "speed"',
      }),
    ).toBe('Chính sách gọi số có mục không dùng được: speed');
    expect(
      describeServerIssue('displays', {
        path: '0',
        message: 'Unrecognized key: "colour"',
      }),
    ).toBe('Màn hình số 1 có mục không dùng được: colour');
    expect(
      describeServerIssue('displays', {
        path: '0.layout.columns',
        message: 'Too big: expected number to be <=4',
      }),
    ).toBe('Màn hình số 1: mục "layout.columns" tối đa là 4');
  });

  it("names another section the whole model's validation found broken by this save", () => {
    expect(
      describeServerIssue('services', {
        path: 'counters.1.serviceIds',
        message: 'dịch vụ không tồn tại: ho-tich',
      }),
    ).toBe('Quầy, dịch vụ và trọng số — Dòng 2: dịch vụ: dịch vụ không tồn tại: ho-tich');
  });
});

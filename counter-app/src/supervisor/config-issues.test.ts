import { describe, expect, it } from 'vitest';
import { checkRows, describeServerIssue, unreadableCellsText } from './config-issues';

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
      checkRows('services', [service({}), service({ id: 'b', prefix: 'B' }), unnamed], 'vi'),
    ).toEqual(['Dòng 3: cần nhập tên']);
  });

  it('asks for a counter service list left empty and a number that is not one', () => {
    const counter = { id: 'quay-2', number: 2, name: 'Quầy 2', zone: 'tang-1' };
    expect(
      checkRows(
        'counters',
        [
          { ...counter, serviceIds: ['ho-tich'] },
          { ...counter, number: Number.NaN },
        ],
        'vi',
      ),
    ).toEqual(['Dòng 2: số quầy phải là số', 'Dòng 2: cần nhập dịch vụ']);
  });

  it('turns the server path of a refused row into its row on screen', () => {
    expect(
      describeServerIssue(
        'services',
        { path: 'services.1.prefix', message: 'tiền tố trùng: A' },
        'vi',
      ),
    ).toBe('Dòng 2: tiền tố: tiền tố trùng: A');
    expect(
      describeServerIssue(
        'services',
        {
          path: '2.name',
          message: 'Invalid input: expected string, received undefined',
        },
        'vi',
      ),
    ).toBe('Dòng 3: cần nhập tên');
    expect(describeServerIssue('officers', { path: '(root)', message: 'sai' }, 'vi')).toBe(
      '(root): sai',
    );
  });

  it("names a JSON section's entry by its place and its setting in Vietnamese, never in zod's English", () => {
    expect(
      describeServerIssue(
        'priorityCategories',
        {
          path: '5.name',
          message: 'Too small: expected string to have >=1 characters',
        },
        'vi',
      ),
    ).toBe('Đối tượng ưu tiên số 6: cần nhập tên');
    expect(
      describeServerIssue(
        'queuePolicy',
        {
          path: 'calling.mode',
          message: "Invalid discriminator value. Expected 'strict' | 'alternate' | 'weighted'",
        },
        'vi',
      ),
    ).toMatch(/^Cách gọi số phải là một trong: "strict" \(/);
    expect(
      describeServerIssue(
        'calendar',
        { path: 'calendar.holidays.0', message: 'Invalid ISO date' },
        'vi',
      ),
    ).toBe('Ngày nghỉ lễ số 1 phải là một ngày có thật, dạng năm-tháng-ngày (ví dụ 2026-09-02)');
    expect(
      describeServerIssue(
        'queuePolicy',
        {
          path: '(root)',
          message: 'Unrecognized key: "speed"',
        },
        'vi',
      ),
    ).toBe('Chính sách gọi số có mục không dùng được: speed');
    expect(
      describeServerIssue(
        'displays',
        {
          path: '0',
          message: 'Unrecognized key: "colour"',
        },
        'vi',
      ),
    ).toBe('Màn hình số 1 có mục không dùng được: colour');
    expect(
      describeServerIssue(
        'displays',
        {
          path: '0.layout.columns',
          message: 'Too big: expected number to be <=4',
        },
        'vi',
      ),
    ).toBe('Màn hình số 1: mục "layout.columns" tối đa là 4');
  });

  it("names another section the whole model's validation found broken by this save", () => {
    expect(
      describeServerIssue(
        'services',
        {
          path: 'counters.1.serviceIds',
          message: 'dịch vụ không tồn tại: ho-tich',
        },
        'vi',
      ),
    ).toBe('Quầy, dịch vụ và trọng số — Dòng 2: dịch vụ: dịch vụ không tồn tại: ho-tich');
  });

  it('names a table cell whose figure cannot be read by its row and column', () => {
    const cells = [{ row: 1, key: 'dailyLimit', problem: { kind: 'not-whole-number' } } as const];
    expect(unreadableCellsText('services', cells, 'vi')).toEqual([
      'Dòng 2: giới hạn/ngày phải là số nguyên, ví dụ 25 hoặc 1.000 (dấu chấm ngăn hàng nghìn)',
    ]);
    expect(unreadableCellsText('services', cells, 'en')).toEqual([
      'Row 2: daily limit must be a whole number, e.g. 25 or 1.000 (a dot between thousands)',
    ]);
  });
});

describe('configuration problems in English', () => {
  it("names a row and its column, never in zod's own words", () => {
    const unnamed = { ...service({}), name: undefined };
    expect(checkRows('services', [service({}), unnamed], 'en')).toEqual(['Row 2: enter the name']);
    const counter = { id: 'quay-2', number: Number.NaN, name: 'Quầy 2', zone: 'tang-1' };
    expect(checkRows('counters', [counter], 'en')).toEqual([
      'Row 1: the counter number must be a number',
      'Row 1: enter the services',
    ]);
    expect(
      describeServerIssue(
        'services',
        { path: '2.name', message: 'Invalid input: expected string, received undefined' },
        'en',
      ),
    ).toBe('Row 3: enter the name');
  });

  it("gives the English of the server's own Vietnamese sentences", () => {
    expect(
      describeServerIssue(
        'services',
        { path: 'services.1.prefix', message: 'tiền tố là 1 đến 3 chữ cái in hoa' },
        'en',
      ),
    ).toBe('Row 2: prefix: 1 to 3 capital letters');
    expect(
      describeServerIssue(
        'counters',
        { path: 'counters.0.serviceIds.0', message: 'dịch vụ không tồn tại: khong-co' },
        'en',
      ),
    ).toBe('Row 1: services: unknown service: khong-co');
    // Another section, named first.
    expect(
      describeServerIssue(
        'services',
        { path: 'counters.1.serviceIds', message: 'dịch vụ không tồn tại: ho-tich' },
        'en',
      ),
    ).toBe('Counters, services and weights — Row 2: services: unknown service: ho-tich');
    // A message with its English in brackets is given that English.
    expect(
      describeServerIssue(
        'officers',
        {
          path: 'can-bo-9',
          message:
            'chỉ quản trị viên được xoá tài khoản quản trị (only an admin may remove an admin)',
        },
        'en',
      ),
    ).toBe('can-bo-9: only an admin may remove an admin');
  });

  it("names a JSON section's entries and settings in English", () => {
    expect(
      describeServerIssue(
        'priorityCategories',
        { path: '5.name', message: 'Too small: expected string to have >=1 characters' },
        'en',
      ),
    ).toBe('Priority category 6: enter the name');
    expect(
      describeServerIssue(
        'queuePolicy',
        {
          path: 'calling.mode',
          message: "Invalid discriminator value. Expected 'strict' | 'alternate' | 'weighted'",
        },
        'en',
      ),
    ).toBe(
      'The calling mode must be one of: "strict" (always call priority tickets first), "alternate" (alternate normal and priority tickets), "weighted" (priority tickets count as having waited longer)',
    );
    expect(
      describeServerIssue(
        'calendar',
        { path: 'calendar.holidays.0', message: 'Invalid ISO date' },
        'en',
      ),
    ).toBe('The public holiday 1 must be a real date, as year-month-day (e.g. 2026-09-02)');
    expect(
      describeServerIssue(
        'queuePolicy',
        { path: '(root)', message: 'Unrecognized key: "speed"' },
        'en',
      ),
    ).toBe('The calling policy has settings that are not used: speed');
    expect(
      describeServerIssue('displays', { path: '0', message: 'Unrecognized key: "colour"' }, 'en'),
    ).toBe('Display 1: the entry has settings that are not used: colour');
    expect(
      describeServerIssue(
        'displays',
        { path: '0.layout.columns', message: 'Too big: expected number to be <=4' },
        'en',
      ),
    ).toBe('Display 1: the setting "layout.columns" must be at most 4');
    expect(
      describeServerIssue(
        'centre',
        {
          path: 'centre.timeZone',
          message: 'múi giờ không tồn tại (unknown time zone): Asia/Hanoi',
        },
        'en',
      ),
    ).toBe('Time zone: unknown time zone: Asia/Hanoi');
  });
});

import { describe, expect, it } from 'vitest';
import { describeDaysChange, describeListChange, describeObjectChange } from './config-diff';

describe('the audit summary of a configuration change', () => {
  it('names each edited entry with its fields, from what to what', () => {
    const before = [
      { id: 'ho-tich', name: 'Hộ tịch', prefix: 'A', dailyLimit: 300 },
      { id: 'chung-thuc', name: 'Chứng thực', prefix: 'B', dailyLimit: null },
      { id: 'dat-dai', name: 'Đất đai', prefix: 'C', dailyLimit: null },
    ];
    const after = [
      { id: 'ho-tich', name: 'Hộ tịch', prefix: 'F', dailyLimit: 250 },
      { id: 'chung-thuc', name: 'Chứng thực', prefix: 'B', dailyLimit: null },
      { id: 'tu-phap', name: 'Tư pháp', prefix: 'T', dailyLimit: 50 },
    ];
    expect(describeListChange(before, after)).toBe(
      'thêm tu-phap; xoá dat-dai; sửa ho-tich (dailyLimit: 300 → 250; prefix: A → F)',
    );
    expect(describeListChange(before, before)).toBe('không đổi');
  });

  it('names a long value by its field alone, and a new or dropped field with a dash', () => {
    const before = [{ id: 'quay-1', serviceIds: ['ho-tich'] }];
    const after = [
      {
        id: 'quay-1',
        serviceIds: ['ho-tich', 'chung-thuc', 'dat-dai', 'tra-ket-qua', 'tu-phap-khac'],
        zone: 'tang-1',
      },
    ];
    expect(describeListChange(before, after)).toBe('sửa quay-1 (serviceIds; zone: — → tang-1)');
  });

  it('names the changed settings of one object, and the days added and taken', () => {
    expect(
      describeObjectChange(
        { calling: { mode: 'strict' }, returnKeepsPlace: true },
        { calling: { mode: 'alternate', normalPerPriority: 3 }, returnKeepsPlace: true },
      ),
    ).toBe('calling: {"mode":"strict"} → {"mode":"alternate","normalPerPriority":3}');
    expect(describeObjectChange({ a: 1 }, { a: 1 })).toBe('không đổi');
    expect(
      describeDaysChange('ngày nghỉ', ['2026-09-01', '2026-09-02'], ['2026-09-02', '2026-12-24']),
    ).toEqual(['thêm ngày nghỉ 2026-12-24', 'bỏ ngày nghỉ 2026-09-01']);
  });
});

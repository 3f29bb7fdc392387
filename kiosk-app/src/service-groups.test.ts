import { describe, expect, it } from 'vitest';
import type { Service } from '@openops/protocol';
import { groupServices, menuSections, namesItsOnlyService } from './service-groups';

const service = (id: string, fieldId?: string): Service => ({
  id,
  name: id,
  nameEn: id,
  prefix: 'A',
  dailyLimit: null,
  ...(fieldId ? { fieldId } : {}),
});

describe('groupServices', () => {
  const fields = [
    { id: 'tu-phap', name: 'Tư pháp – Hộ tịch', nameEn: 'Justice' },
    { id: 'dat-dai', name: 'Đất đai', nameEn: 'Land' },
    { id: 'empty', name: 'Trống', nameEn: 'Empty' },
  ];

  it('groups by field in configured order, drops empty fields, keeps the rest last', () => {
    const groups = groupServices(
      [
        service('dat'),
        service('ho-tich', 'tu-phap'),
        service('xay', 'dat-dai'),
        service('ct', 'tu-phap'),
      ],
      fields,
    );
    expect(
      groups.map((group) => [group.field?.id ?? null, group.services.map((s) => s.id)]),
    ).toEqual([
      ['tu-phap', ['ho-tich', 'ct']],
      ['dat-dai', ['xay']],
      [null, ['dat']],
    ]);
  });

  it('puts every service in one group when no field is known', () => {
    const groups = groupServices([service('a', 'unknown'), service('b')], []);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.services.map((s) => s.id)).toEqual(['a', 'b']);
  });
});

describe('namesItsOnlyService', () => {
  const field = { id: 'dat-dai', name: 'Đất đai – Xây dựng', nameEn: 'Land and construction' };
  const named = (name: string): Service => ({ ...service('x', 'dat-dai'), name });

  it('is true for a field holding one service of its own name', () => {
    expect(namesItsOnlyService({ field, services: [named('Đất đai – Xây dựng')] })).toBe(true);
  });

  it('is false for another name, two services, or the group without a field', () => {
    expect(namesItsOnlyService({ field, services: [named('Đất đai')] })).toBe(false);
    expect(
      namesItsOnlyService({
        field,
        services: [named('Đất đai – Xây dựng'), named('Xây dựng')],
      }),
    ).toBe(false);
    expect(namesItsOnlyService({ field: null, services: [named('Khác')] })).toBe(false);
  });
});

describe('menuSections', () => {
  const tuPhap = { id: 'tu-phap', name: 'Tư pháp – Hộ tịch', nameEn: 'Justice' };
  const datDai = { id: 'dat-dai', name: 'Đất đai', nameEn: 'Land' };
  const traKetQua = { id: 'tra', name: 'Trả kết quả', nameEn: 'Results' };
  const named = (id: string, name: string, fieldId?: string): Service => ({
    ...service(id, fieldId),
    name,
  });
  const shape = (sections: ReturnType<typeof menuSections>) =>
    sections.map((section) => [section.field?.id ?? null, section.services.map((s) => s.id)]);

  it('keeps fields that group services, and gathers one-service fields of their own name last', () => {
    const sections = menuSections(
      groupServices(
        [
          named('dat', 'Đất đai', 'dat-dai'),
          named('ho-tich', 'Hộ tịch', 'tu-phap'),
          named('tra', 'Trả kết quả', 'tra'),
          named('ct', 'Chứng thực', 'tu-phap'),
          named('khac', 'Khác'),
        ],
        [datDai, tuPhap, traKetQua],
      ),
    );
    expect(shape(sections)).toEqual([
      ['tu-phap', ['ho-tich', 'ct']],
      [null, ['dat', 'tra', 'khac']],
    ]);
  });

  it('keeps a one-service field whose service has another name', () => {
    const sections = menuSections(
      groupServices(
        [named('ho-tich', 'Hộ tịch', 'tu-phap'), named('dat', 'Đất đai', 'dat-dai')],
        [tuPhap, datDai],
      ),
    );
    expect(shape(sections)).toEqual([
      ['tu-phap', ['ho-tich']],
      [null, ['dat']],
    ]);
  });

  it('is one section without a heading when every field is one service of its own name', () => {
    const sections = menuSections(
      groupServices(
        [named('dat', 'Đất đai', 'dat-dai'), named('tra', 'Trả kết quả', 'tra')],
        [datDai, traKetQua],
      ),
    );
    expect(shape(sections)).toEqual([[null, ['dat', 'tra']]]);
  });
});

import { describe, expect, it } from 'vitest';
import type { Procedure } from '@openops/protocol';
import { procedureNameEn } from './procedure-names';

const procedure: Procedure = {
  id: 'dang-ky-ket-hon',
  code: '1.000894',
  name: 'Đăng ký kết hôn',
  nameEn: 'Marriage registration',
  serviceId: 'ho-tich',
  processingDays: 3,
  documents: [],
  fees: [],
  whereToSubmit: '',
};

describe('English procedure names', () => {
  it('gives the configured English name, and nothing when there is none', () => {
    const vietnameseOnly: Procedure = { ...procedure, id: 'khai-sinh', nameEn: undefined };
    const procedures = [procedure, vietnameseOnly, { ...procedure, id: 'trong', nameEn: '' }];
    expect(procedureNameEn(procedures, 'dang-ky-ket-hon')).toBe('Marriage registration');
    expect(procedureNameEn(procedures, 'khai-sinh')).toBeUndefined();
    expect(procedureNameEn(procedures, 'trong')).toBeUndefined();
    expect(procedureNameEn(procedures, 'khong-co')).toBeUndefined();
  });
});

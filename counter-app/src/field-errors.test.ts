import { describe, expect, it } from 'vitest';
import { withoutErrors } from './field-errors';

describe('clearing the errors of changed fields', () => {
  const errors = { 'applicant.name': 'Cần nhập họ và tên', documents: 'Chưa nhận giấy tờ nào' };

  it('drops the changed fields and keeps the others', () => {
    expect(withoutErrors(errors, ['applicant.name'])).toEqual({
      documents: 'Chưa nhận giấy tờ nào',
    });
    expect(withoutErrors(errors, ['applicant.name', 'documents'])).toEqual({});
  });

  it('returns the same object when none of them had an error', () => {
    expect(withoutErrors(errors, ['applicant.phone'])).toBe(errors);
  });
});

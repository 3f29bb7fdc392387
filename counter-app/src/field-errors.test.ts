import { describe, expect, it } from 'vitest';
import { withoutErrors, withoutErrorsWhere } from './field-errors';

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

  it('drops every error under a prefix: all of one checklist row', () => {
    const row = { 'documents.cccd.quantity': 'Số lượng từ 1 đến 99', 'documents.cccd.form': 'x' };
    expect(
      withoutErrorsWhere({ ...errors, ...row }, (key) => key.startsWith('documents.cccd.')),
    ).toEqual(errors);
  });
});

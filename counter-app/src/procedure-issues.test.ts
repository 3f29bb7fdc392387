import { describe, expect, it } from 'vitest';
import type { Procedure } from '@openops/protocol';
import { procedureIssues, serverProcedureIssue } from './procedure-issues';

const document = {
  id: 'to-khai',
  name: 'Tờ khai',
  form: 'original',
  quantity: 1,
  required: true,
} as const;

const procedure: Procedure = {
  id: 'dang-ky-khai-sinh',
  code: '1.001193',
  name: 'Đăng ký khai sinh',
  serviceId: 'ho-tich',
  processingDays: 0,
  documents: [document],
  fees: [],
  whereToSubmit: 'Quầy 1',
};

describe('procedure editor problems', () => {
  it('asks for an empty document name in Vietnamese, under that document', () => {
    const documents = [...procedure.documents, { ...document, id: 'b', name: '' }];
    expect(procedureIssues({ ...procedure, documents }, 'vi')).toEqual({
      'documents.1.name': 'Cần nhập tên giấy tờ',
    });
    expect(procedureIssues(procedure, 'vi')).toEqual({});
  });

  it('words a quantity and a processing time out of range', () => {
    const documents = [{ ...document, quantity: 0 }];
    expect(procedureIssues({ ...procedure, processingDays: 400, documents }, 'vi')).toEqual({
      processingDays: 'Thời hạn giải quyết tối đa là 365',
      'documents.0.quantity': 'Số lượng phải lớn hơn 0',
    });
  });

  it('accepts a fee per page, and words two fees of one name before saving', () => {
    const fee = { name: 'Phí chứng thực', amountVnd: 2000, per: 'page' } as const;
    expect(procedureIssues({ ...procedure, fees: [fee] }, 'vi')).toEqual({});
    expect(procedureIssues({ ...procedure, fees: [fee, { ...fee, per: 'copy' }] }, 'vi')).toEqual({
      'fees.1.name': 'Tên lệ phí: trùng với một lệ phí khác (Phí chứng thực)',
    });
  });

  it('says the most a fee may cost, as money', () => {
    const fee = { name: 'Phí chứng thực', amountVnd: 2_000_000_000, per: 'page' } as const;
    const issues = procedureIssues({ ...procedure, fees: [fee] }, 'vi');
    expect(Object.keys(issues)).toEqual(['fees.0.amountVnd']);
    expect(issues['fees.0.amountVnd']?.replace(/\u00a0/g, ' ')).toBe(
      'Mức lệ phí tối đa là 1.000.000.000 đ',
    );
    expect(
      procedureIssues({ ...procedure, fees: [{ ...fee, amountVnd: 1_000_000_000 }] }, 'vi'),
    ).toEqual({});
  });

  it('never shows zod English from a server refusal', () => {
    expect(
      serverProcedureIssue(
        {
          path: 'documents.0.name',
          message: 'Too small: expected string to have >=1 characters',
        },
        'vi',
      ),
    ).toBe('Tên giấy tờ không hợp lệ');
  });
});

describe('procedure editor problems in English', () => {
  it('names each field as the English editor labels it', () => {
    const documents = [
      { ...document, quantity: 0 },
      { ...document, id: 'b', name: '' },
    ];
    expect(procedureIssues({ ...procedure, processingDays: 400, documents }, 'en')).toEqual({
      processingDays: 'The processing time must be at most 365',
      'documents.0.quantity': 'The quantity must be more than 0',
      'documents.1.name': 'Enter the document name',
    });
  });

  it("gives the protocol's own sentences and the fee ceiling in English", () => {
    const fee = { name: 'Phí chứng thực', amountVnd: 2000, per: 'page' } as const;
    expect(procedureIssues({ ...procedure, fees: [fee, { ...fee, per: 'copy' }] }, 'en')).toEqual({
      'fees.1.name': 'Fee name: same as another fee (Phí chứng thực)',
    });
    const dear = procedureIssues(
      { ...procedure, fees: [{ ...fee, amountVnd: 2_000_000_000 }] },
      'en',
    );
    expect(dear['fees.0.amountVnd']?.replace(/\u00a0/g, ' ')).toBe(
      'The fee amount must be at most 1.000.000.000 đ',
    );
    expect(
      serverProcedureIssue(
        { path: 'documents.1.id', message: 'trùng với một giấy tờ khác (to-khai)' },
        'en',
      ),
    ).toBe('ID: same as another document (to-khai)');
    expect(
      serverProcedureIssue(
        { path: 'documents.0.name', message: 'Too small: expected string to have >=1 characters' },
        'en',
      ),
    ).toBe('The document name is not valid');
  });
});

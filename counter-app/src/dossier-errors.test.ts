import { describe, expect, it } from 'vitest';
import { receiveDossierBodySchema } from '@openops/protocol';
import { errorTexts, inBoth, wordedInBoth, type DossierErrors } from './dossier-errors';

describe('reception form errors kept across a language switch', () => {
  it('words a refused field in the language on screen, not the one of the submit', () => {
    const parsed = receiveDossierBodySchema.safeParse(
      {
        procedureId: 'dang-ky-khai-sinh',
        applicant: { name: '' },
        documents: [],
        counterId: 'quay-1',
        officerName: 'Cán bộ 1',
      },
      { reportInput: true },
    );
    const issue = parsed.success
      ? undefined
      : parsed.error.issues.find((candidate) => candidate.path.join('.') === 'applicant.name');
    if (!issue) throw new Error('an empty name is refused');
    const kept: DossierErrors = {
      'applicant.name': { kind: 'issue', issue },
      documents: inBoth('Thiếu giấy tờ bắt buộc: Tờ khai', 'Required documents missing: Tờ khai'),
      'applicant.phone': { kind: 'server', message: 'Số điện thoại không hợp lệ (invalid phone)' },
    };
    // Submitted in English, switched back to Vietnamese: every error reads Vietnamese.
    expect(errorTexts(kept, 'en')).toMatchObject({
      'applicant.name': 'Enter the full name',
      documents: 'Required documents missing: Tờ khai',
    });
    expect(errorTexts(kept, 'vi')).toEqual({
      'applicant.name': 'Cần nhập họ và tên',
      documents: 'Thiếu giấy tờ bắt buộc: Tờ khai',
      'applicant.phone': 'Số điện thoại không hợp lệ (invalid phone)',
    });
  });

  it('keeps a check that words one language at a time in both', () => {
    const kept = wordedInBoth((language) => ({
      'feeQuantities.Lệ phí': language === 'en' ? 'Enter the page count' : 'Cần nhập số trang',
    }));
    expect(errorTexts(kept, 'vi')).toEqual({ 'feeQuantities.Lệ phí': 'Cần nhập số trang' });
    expect(errorTexts(kept, 'en')).toEqual({ 'feeQuantities.Lệ phí': 'Enter the page count' });
  });
});

describe('the screen’s own failures on the reception form', () => {
  it('word a lost link in the language on screen, and the server’s words by their gloss', () => {
    const kept: DossierErrors = {
      form: {
        kind: 'server',
        message: 'Mất kết nối máy chủ, thao tác chưa được gửi; vui lòng thử lại',
      },
      'applicant.phone': { kind: 'server', message: 'Số điện thoại không hợp lệ (invalid phone)' },
    };
    expect(errorTexts(kept, 'en')).toEqual({
      form: 'Server connection lost: the action was not sent; please try again',
      'applicant.phone': 'Invalid phone',
    });
    expect(errorTexts(kept, 'vi')['applicant.phone']).toBe(
      'Số điện thoại không hợp lệ (invalid phone)',
    );
    expect(errorTexts(kept, 'vi').form).toBe(
      'Mất kết nối máy chủ, thao tác chưa được gửi; vui lòng thử lại',
    );
  });
});

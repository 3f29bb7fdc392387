import { describe, expect, it } from 'vitest';
import { receiveDossierBodySchema } from '@openops/protocol';
import { dossierErrorKey, dossierIssueText } from './dossier-issues';

const body = (part: { name?: string; quantity?: number; idNumber?: string }) => ({
  procedureId: 'dang-ky-khai-sinh',
  applicant: {
    name: part.name ?? 'Nguyễn Văn An',
    ...(part.idNumber ? { idNumber: part.idNumber } : {}),
  },
  documents: [
    { documentId: 'to-khai', form: 'original', quantity: 1 },
    { documentId: 'giay-chung-sinh', form: 'original', quantity: part.quantity ?? 1 },
  ],
  counterId: 'quay-1',
  officerName: 'Cán bộ 1',
});

/** Each issue of the form's body as the officer reads it, keyed as the form shows it. */
const shown = (input: unknown, language: 'vi' | 'en') => {
  const parsed = receiveDossierBodySchema.safeParse(input, { reportInput: true });
  if (parsed.success) return {};
  return Object.fromEntries(
    parsed.error.issues.map((issue) => [
      dossierErrorKey(issue.path.map(String).join('.'), ['to-khai', 'giay-chung-sinh']),
      dossierIssueText(issue, language),
    ]),
  );
};

describe('reception form errors', () => {
  it('asks for an empty name in the officer language, never in zod words', () => {
    expect(shown(body({ name: '  ' }), 'vi')).toEqual({ 'applicant.name': 'Cần nhập họ và tên' });
    expect(shown(body({ name: '' }), 'en')).toEqual({ 'applicant.name': 'Enter the full name' });
  });

  it('marks a zero quantity under the document it belongs to', () => {
    expect(shown(body({ quantity: 0 }), 'vi')).toEqual({
      'documents.giay-chung-sinh.quantity': 'Số lượng từ 1 đến 99',
    });
    expect(shown(body({ quantity: Number.NaN }), 'en')).toEqual({
      'documents.giay-chung-sinh.quantity': 'The quantity is from 1 to 99',
    });
  });

  it('tells the rule a wrong ID number breaks', () => {
    expect(shown(body({ idNumber: '123' }), 'en')).toEqual({
      'applicant.idNumber': 'The ID number has 9 or 12 digits',
    });
  });

  it('marks a page count out of range under its fee, by name', () => {
    const fee = 'Phí chứng thực bản sao (mỗi trang)';
    const input = { ...body({}), feeQuantities: [{ name: fee, quantity: 0 }] };
    const parsed = receiveDossierBodySchema.safeParse(input, { reportInput: true });
    const issues = parsed.error?.issues ?? [];
    expect(
      issues.map((issue) => [
        dossierErrorKey(issue.path.map(String).join('.'), [], [fee]),
        dossierIssueText(issue, 'vi'),
      ]),
    ).toEqual([[`feeQuantities.${fee}`, 'Số trang hoặc số bản phải là số nguyên từ 1 đến 9.999']]);
    expect(issues.map((issue) => dossierIssueText(issue, 'en'))).toEqual([
      'The number of pages or copies must be a whole number from 1 to 9,999',
    ]);
    // The server's refusal of a fee it does not charge per unit goes beside that fee too.
    expect(dossierErrorKey('feeQuantities.0.name', [], [fee])).toBe(`feeQuantities.${fee}`);
  });

  it('keeps paths that are not about a listed document', () => {
    expect(dossierErrorKey('applicant.phone', [])).toBe('applicant.phone');
    expect(dossierErrorKey('documents.5.quantity', ['a'])).toBe('documents.5.quantity');
  });
});

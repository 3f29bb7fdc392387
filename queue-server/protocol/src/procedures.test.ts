import { describe, expect, it } from 'vitest';
import { proceduresChangedEventSchema, updateProcedureBodySchema } from './procedure-config';
import { procedureSchema, type RequiredDocument } from './procedures';

const form: RequiredDocument = {
  id: 'to-khai',
  name: 'Tờ khai',
  form: 'original',
  quantity: 1,
  required: true,
};
const idCard: RequiredDocument = { ...form, id: 'cccd', name: 'Căn cước', form: 'copy' };
const procedure = {
  id: 'dang-ky-khai-sinh',
  code: '1.001193',
  name: 'Đăng ký khai sinh',
  serviceId: 'ho-tich',
  processingDays: 0,
  documents: [form, idCard],
  fees: [],
  whereToSubmit: 'Quầy 1',
};
/** The same checklist with its first document listed again under another name. */
const twice = { ...procedure, documents: [form, idCard, { ...form, name: 'Tờ khai (bản 2)' }] };

const issuesOf = (parsed: {
  error?: { issues: Array<{ path: PropertyKey[]; message: string }> } | undefined;
}): string[][] =>
  parsed.error?.issues.map((issue) => [issue.path.map(String).join('.'), issue.message]) ?? [];

describe('a procedure checklist', () => {
  it('accepts documents of distinct ids', () => {
    expect(procedureSchema.safeParse(procedure).success).toBe(true);
  });

  it('refuses two documents of one id in any procedure read, naming the later one', () => {
    // centre.json and the procedures sent to screens are read with this schema, not only edits.
    expect(issuesOf(procedureSchema.safeParse(twice))).toEqual([
      ['documents.2.id', 'trùng với một giấy tờ khác (to-khai)'],
    ]);
    expect(
      issuesOf(
        proceduresChangedEventSchema.safeParse({
          procedures: [twice],
          changedId: null,
          at: '2025-01-02T03:04:05.000Z',
        }),
      ),
    ).toEqual([['procedures.0.documents.2.id', 'trùng với một giấy tờ khác (to-khai)']]);
  });

  it('refuses them in a supervisor edit, once', () => {
    expect(issuesOf(updateProcedureBodySchema.safeParse(twice))).toEqual([
      ['documents.2.id', 'trùng với một giấy tờ khác (to-khai)'],
    ]);
  });
});

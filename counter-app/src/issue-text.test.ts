import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { issueText } from './issue-text';

const issueOf = (schema: z.ZodType, value: unknown) => {
  const parsed = schema.safeParse(value, { reportInput: true });
  if (parsed.success) throw new Error('expected a refusal');
  const [issue] = parsed.error.issues;
  if (!issue) throw new Error('no issue');
  return issue;
};

describe('issue text', () => {
  it('asks for an empty text, list or missing value by the field name', () => {
    expect(issueText(issueOf(z.string().min(1), ''), 'tên')).toBe('Cần nhập tên');
    expect(issueText(issueOf(z.string(), undefined), 'tên')).toBe('Cần nhập tên');
    expect(issueText(issueOf(z.array(z.string()).min(1), []), 'dịch vụ')).toBe('Cần nhập dịch vụ');
    expect(issueText(issueOf(z.string().min(1), ''), 'name', 'en')).toBe('Enter the name');
  });

  it('says the rule of a wrong value, and keeps a message the protocol wrote', () => {
    expect(issueText(issueOf(z.number(), Number.NaN), 'số quầy')).toBe('Số quầy phải là số');
    expect(issueText(issueOf(z.number().int(), 1.5), 'số quầy')).toBe('Số quầy phải là số nguyên');
    expect(issueText(issueOf(z.number().positive(), 0), 'số lượng')).toBe(
      'Số lượng phải lớn hơn 0',
    );
    expect(issueText(issueOf(z.string().max(3), 'abcd'), 'tên')).toBe('Tên tối đa 3 ký tự');
    expect(
      issueText(issueOf(z.string().regex(/^A$/, 'tiền tố là chữ in hoa'), 'b'), 'tiền tố'),
    ).toBe('Tiền tố: tiền tố là chữ in hoa');
    expect(issueText(issueOf(z.string().regex(/^A$/), 'b'), 'giờ mở cửa')).toBe(
      'Giờ mở cửa không hợp lệ',
    );
  });
});

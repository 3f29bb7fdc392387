import { describe, expect, it } from 'vitest';
import { applicantInputSchema } from './dossiers';

describe('an applicant as the counter sends it', () => {
  it('takes a scanned card’s masked number, its last 4 digits shown, and nothing looser', () => {
    const parse = (idMasked: string) =>
      applicantInputSchema.safeParse({ name: 'Phạm Thị Thu', idMasked }).success;
    expect(parse('********4321')).toBe(true);
    expect(parse('*****4321')).toBe(true);
    expect(parse('079199014321')).toBe(false);
    expect(parse('%4321')).toBe(false);
    expect(parse('****4321')).toBe(false);
  });
});

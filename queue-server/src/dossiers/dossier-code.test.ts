import { describe, expect, it } from 'vitest';
import { formatDossierCode, maskIdNumber, parseDossierCode } from './dossier-code';

describe('dossier codes', () => {
  it('formats agency, day and zero-padded sequence', () => {
    expect(formatDossierCode('000.00.06.H56', '2023-10-27', 361)).toBe('000.00.06.H56-231027-0361');
    expect(formatDossierCode('H56', '2026-11-26', 12345)).toBe('H56-261126-12345');
  });

  it('parses from the last two dashes, keeping the agency opaque', () => {
    expect(parseDossierCode('000.00.06.H56-231027-0361')).toEqual({
      agencyCode: '000.00.06.H56',
      yymmdd: '231027',
      sequence: 361,
    });
    expect(parseDossierCode('231027-0361')).toBeNull();
    expect(parseDossierCode('H56-2310-0361')).toBeNull();
  });

  it('refuses a sequence below 1', () => {
    expect(() => formatDossierCode('H56', '2026-11-26', 0)).toThrow(RangeError);
  });

  it('masks all but the last 4 digits of an ID', () => {
    expect(maskIdNumber('079203001234')).toBe('********1234');
    expect(maskIdNumber('123456789')).toBe('*****6789');
  });
});

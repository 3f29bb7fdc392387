/**
 * Dossier codes: `<agency code>-<YYMMDD>-<NNNN>`, the day's sequence zero-padded to at least 4.
 * The agency part is opaque (it may itself contain dots), so a code is parsed from its last two dashes.
 */
export const formatDossierCode = (agencyCode: string, day: string, sequence: number): string => {
  if (!Number.isInteger(sequence) || sequence < 1) {
    throw new RangeError(`dossier sequence must be a whole number >= 1, got ${sequence}`);
  }
  const yymmdd = `${day.slice(2, 4)}${day.slice(5, 7)}${day.slice(8, 10)}`;
  return `${agencyCode}-${yymmdd}-${String(sequence).padStart(4, '0')}`;
};

export type ParsedDossierCode = { agencyCode: string; yymmdd: string; sequence: number };

export const parseDossierCode = (code: string): ParsedDossierCode | null => {
  const last = code.lastIndexOf('-');
  const middle = code.lastIndexOf('-', last - 1);
  if (middle <= 0) return null;
  const agencyCode = code.slice(0, middle);
  const yymmdd = code.slice(middle + 1, last);
  const sequence = code.slice(last + 1);
  if (!/^\d{6}$/.test(yymmdd) || !/^\d{4,}$/.test(sequence)) return null;
  return { agencyCode, yymmdd, sequence: Number(sequence) };
};

/** Keeps the last 4 digits of a personal ID: the only part anything may store or print. */
export const maskIdNumber = (idNumber: string): string =>
  `${'*'.repeat(Math.max(0, idNumber.length - 4))}${idNumber.slice(-4)}`;

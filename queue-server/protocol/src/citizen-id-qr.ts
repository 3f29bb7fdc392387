/**
 * The QR code on a chip citizen ID card (CCCD): `|`-separated fields
 * `ID|old ID|full name|birth ddMMyyyy|sex|permanent address|issue ddMMyyyy`.
 * Cards without an old ID either leave that field empty (7 fields) or omit it (6 fields).
 *
 * The ID is personal data that must not reach logs or screens in full: screens show `idMasked`
 * (all but the last 4 digits masked). The full numbers are kept only to find the citizen's
 * dossiers, which match on the whole number, never on its last digits.
 */
export type CitizenIdQr = {
  /** The 12-digit ID: to find dossiers only, never shown or logged. */
  idNumber: string;
  /** The old 9-digit ID (CMND), if the card has one: dossiers received under it are theirs too. */
  oldIdNumber: string | null;
  /** `********1234` */
  idMasked: string;
  /** Last 4 digits, enough to confirm with the citizen. */
  idLast4: string;
  oldIdMasked: string | null;
  fullName: string;
  /** `YYYY-MM-DD` */
  birthDate: string;
  sex: string;
  address: string;
  /** `YYYY-MM-DD`, null when the card's QR has no issue date. */
  issueDate: string | null;
};

export type CitizenIdQrError =
  | 'wrong-field-count'
  | 'bad-id'
  | 'bad-old-id'
  | 'missing-name'
  | 'bad-birth-date'
  | 'bad-issue-date';

export type CitizenIdQrResult =
  { ok: true; value: CitizenIdQr } | { ok: false; reason: CitizenIdQrError };

/** Masks all but the last 4 characters of an ID: `001099012345` → `********2345`. */
export const maskId = (id: string): string =>
  id.length <= 4 ? '*'.repeat(id.length) : `${'*'.repeat(id.length - 4)}${id.slice(-4)}`;

/** `ddMMyyyy` → `YYYY-MM-DD`, or null when it is not a real calendar date. */
const parseCardDate = (text: string): string | null => {
  const match = /^(\d{2})(\d{2})(\d{4})$/.exec(text);
  if (!match) return null;
  const [, dd, mm, yyyy] = match;
  const day = Number(dd);
  const month = Number(mm);
  const year = Number(yyyy);
  const date = new Date(Date.UTC(year, month - 1, day));
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real && year >= 1900 ? `${yyyy}-${mm}-${dd}` : null;
};

/** Parses a CCCD QR payload; says which part is wrong when it is not one. */
export const parseCitizenIdQr = (text: string): CitizenIdQrResult => {
  const fields = text.trim().split('|');
  if (fields.length !== 6 && fields.length !== 7) return { ok: false, reason: 'wrong-field-count' };
  const [id = '', ...rest] = fields;
  const oldId = fields.length === 7 ? (rest.shift() ?? '') : '';
  const [fullName = '', birth = '', sex = '', address = '', issue = ''] = rest;
  if (!/^\d{12}$/.test(id)) return { ok: false, reason: 'bad-id' };
  if (oldId !== '' && !/^\d{9}$/.test(oldId)) return { ok: false, reason: 'bad-old-id' };
  if (fullName.trim() === '') return { ok: false, reason: 'missing-name' };
  const birthDate = parseCardDate(birth);
  if (!birthDate) return { ok: false, reason: 'bad-birth-date' };
  const issueDate = issue === '' ? null : parseCardDate(issue);
  if (issue !== '' && !issueDate) return { ok: false, reason: 'bad-issue-date' };
  return {
    ok: true,
    value: {
      idNumber: id,
      oldIdNumber: oldId === '' ? null : oldId,
      idMasked: maskId(id),
      idLast4: id.slice(-4),
      oldIdMasked: oldId === '' ? null : maskId(oldId),
      fullName: fullName.trim().normalize('NFC'),
      birthDate,
      sex: sex.trim().normalize('NFC'),
      address: address.trim().normalize('NFC'),
      issueDate,
    },
  };
};

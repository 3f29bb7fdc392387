import { describe, expect, it } from 'vitest';
import { classifyScan, parseDossierCode, ticketTrackingUrl } from './scan-classifier';
import { maskId, parseCitizenIdQr } from './citizen-id-qr';

const cccd7 =
  '001099012345|123456789|Nguyễn Văn An|01021990|Nam|Số 1 Tràng Tiền, Hoàn Kiếm, Hà Nội|15082021';
const cccd6 = '001099012345|Trần Thị Bình|29022000|Nữ|Phường 1, Quận 3, TP Hồ Chí Minh|01012022';

describe('dossier codes', () => {
  it('splits a code on its last two dashes', () => {
    expect(parseDossierCode('000.00.06.H56-231027-0361')).toEqual({
      code: '000.00.06.H56-231027-0361',
      agencyCode: '000.00.06.H56',
      receivedDate: '2023-10-27',
      sequence: 361,
    });
  });
  it.each([
    ['an impossible date', '000.00.06.H56-231332-0361'],
    ['a short sequence', '000.00.06.H56-231027-036'],
    ['lower-case agency', 'abc-231027-0361'],
    ['an agency over 35 characters', `${'1'.repeat(36)}-231027-0361`],
    ['an empty agency group', '000..06-231027-0361'],
  ])('refuses %s', (_label, text) => {
    expect(parseDossierCode(text)).toBeNull();
  });
});

describe('classifyScan', () => {
  it('recognises a dossier code, trimming the line end and stray controls', () => {
    expect(classifyScan('\x02000.00.06.H56-231027-0361\r\n')).toMatchObject({
      kind: 'dossier-code',
      agencyCode: '000.00.06.H56',
    });
  });
  it('reads the code out of a lookup URL', () => {
    expect(
      classifyScan('https://tracuu.example.vn/ho-so?ma=000.00.06.H56-231027-0361&x=1'),
    ).toMatchObject({ kind: 'dossier-code', code: '000.00.06.H56-231027-0361' });
  });
  it('recognises an appointment code in any case', () => {
    expect(classifyScan('lh-7k3q9p')).toEqual({ kind: 'appointment-code', code: 'LH-7K3Q9P' });
  });
  it("recognises the server's 8-character check-in code, not look-alikes", () => {
    expect(classifyScan('k7m2p9qa\r')).toEqual({ kind: 'appointment-code', code: 'K7M2P9QA' });
    expect(classifyScan('K7M2P9Q0').kind).toBe('unknown');
  });
  it('recognises a 7-field CCCD QR: the ID masked to show, both IDs whole to find dossiers', () => {
    const scan = classifyScan(cccd7);
    expect(scan).toEqual({
      kind: 'citizen-id',
      // Dossiers match on the whole number, and those received under the old ID are theirs too.
      idNumber: '001099012345',
      oldIdNumber: '123456789',
      idMasked: '********2345',
      idLast4: '2345',
      fullName: 'Nguyễn Văn An',
      birthDate: '1990-02-01',
      sex: 'Nam',
      address: 'Số 1 Tràng Tiền, Hoàn Kiếm, Hà Nội',
      issueDate: '2021-08-15',
    });
    // Nothing but the two ID fields holds the numbers: what a screen shows is masked.
    const { idNumber, oldIdNumber, ...shown } = scan as Extract<
      typeof scan,
      { kind: 'citizen-id' }
    >;
    expect([idNumber, oldIdNumber]).toEqual(['001099012345', '123456789']);
    expect(JSON.stringify(shown)).not.toMatch(/001099012345|123456789/);
  });
  it('recognises a 6-field CCCD QR (no old ID)', () => {
    expect(classifyScan(cccd6)).toMatchObject({
      kind: 'citizen-id',
      idNumber: '001099012345',
      oldIdNumber: null,
      fullName: 'Trần Thị Bình',
      birthDate: '2000-02-29',
    });
    // A 7-field QR whose old ID is empty has none either.
    expect(classifyScan('001099012345||Trần Thị Bình|29022000|Nữ|Quận 3|01012022')).toMatchObject({
      kind: 'citizen-id',
      oldIdNumber: null,
    });
  });
  it('keeps Vietnamese text composed (NFC) whatever the scanner sent', () => {
    const decomposed = cccd7.normalize('NFD');
    const scan = classifyScan(decomposed);
    expect(scan.kind === 'citizen-id' && scan.fullName).toBe('Nguyễn Văn An');
  });
  it('calls anything else unknown, masking long digit runs', () => {
    const scan = classifyScan('001099012345|broken');
    expect(scan).toEqual({
      kind: 'unknown',
      preview: '********2345|broken',
      length: 19,
      // `|`-separated: an ID card read badly, asked again rather than sent to the receipt.
      citizenCard: true,
    });
    expect(classifyScan('HELLO-WORLD')).toEqual({
      kind: 'unknown',
      preview: 'HELLO-WORLD',
      length: 11,
    });
  });
});

describe('parseCitizenIdQr', () => {
  it.each([
    ['wrong-field-count', 'a|b|c'],
    ['bad-id', '12345|123456789|A|01011990|Nam|HN|01012020'],
    ['bad-old-id', '001099012345|12345|A|01011990|Nam|HN|01012020'],
    ['missing-name', '001099012345|| |01011990|Nam|HN|01012020'],
    ['bad-birth-date', '001099012345||A|31021990|Nam|HN|01012020'],
    ['bad-issue-date', '001099012345||A|01011990|Nam|HN|2020'],
  ])('says %s', (reason, text) => {
    expect(parseCitizenIdQr(text)).toEqual({ ok: false, reason });
  });
  it('masks all but the last four digits', () => {
    expect(maskId('001099012345')).toBe('********2345');
    expect(maskId('123')).toBe('***');
  });
});

describe('queue ticket QR', () => {
  const id = '3f2b8c1e-9a4d-4e6f-8b2a-1c5d7e9f0a12';
  it('builds the tracking URL under a base with or without its trailing slash', () => {
    expect(ticketTrackingUrl('http://192.168.1.10:8080/', id)).toBe(
      `http://192.168.1.10:8080/ticket/${id}`,
    );
    expect(ticketTrackingUrl('https://tracuu.example.gov.vn/so-thu-tu', id)).toBe(
      `https://tracuu.example.gov.vn/so-thu-tu/ticket/${id}`,
    );
  });
  it.each([
    `http://192.168.1.10:8080/ticket/${id}`,
    `https://tracuu.example.gov.vn/so-thu-tu/ticket/${id}/`,
    `HTTP://127.0.0.1:41234/ticket/${id.toUpperCase()}\r`,
  ])('reads a ticket from %s', (text) => {
    expect(classifyScan(text)).toEqual({ kind: 'ticket', ticketId: id });
  });
  it.each([
    ['no UUID', 'http://192.168.1.10:8080/ticket/A025'],
    ['another path', `http://192.168.1.10:8080/tickets/${id}`],
    ['a query after it', `http://192.168.1.10:8080/ticket/${id}?x=1`],
    ['no scheme', `192.168.1.10/ticket/${id}`],
  ])('does not take %s for a ticket', (_label, text) => {
    expect(classifyScan(text).kind).not.toBe('ticket');
  });
});

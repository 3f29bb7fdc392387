import { describe, expect, it } from 'vitest';
import { classifyScan } from '@openops/protocol';
import { isAppointmentCode } from './scan-route';

describe('a wedge scan at the kiosk', () => {
  it('reads a dossier code, in any case', () => {
    expect(classifyScan('000.00.06.h56-231027-0361')).toMatchObject({
      kind: 'dossier-code',
      code: '000.00.06.H56-231027-0361',
    });
  });

  it('accepts both booking code formats', () => {
    expect(classifyScan('LH-7K2M9Q')).toEqual({ kind: 'appointment-code', code: 'LH-7K2M9Q' });
    expect(classifyScan('k7m2p9qa')).toEqual({ kind: 'appointment-code', code: 'K7M2P9QA' });
    expect(isAppointmentCode('K7M2P9QA')).toBe(true);
    expect(isAppointmentCode('K7M2P9Q')).toBe(false);
  });

  it('masks the ID of a citizen card to show, keeps both IDs whole to find its dossiers', () => {
    const scan = classifyScan(
      '001099012345|123456789|Nguyễn Văn An|01021990|Nam|Số 1 Lê Lợi, Bến Nghé, Quận 1|15082021',
    );
    expect(scan).toMatchObject({
      kind: 'citizen-id',
      idMasked: '********2345',
      idLast4: '2345',
      idNumber: '001099012345',
      oldIdNumber: '123456789',
    });
  });

  it('reads the tracking address on a queue ticket, typed by a wedge scanner', () => {
    expect(
      classifyScan('http://127.0.0.1:41234/ticket/3f2b8c1e-9a4d-4e6f-8b2a-1c5d7e9f0a12'),
    ).toEqual({ kind: 'ticket', ticketId: '3f2b8c1e-9a4d-4e6f-8b2a-1c5d7e9f0a12' });
  });

  it('leaves anything else unknown, IDs masked', () => {
    const scan = classifyScan('hello 001099012345');
    expect(scan.kind).toBe('unknown');
    expect(JSON.stringify(scan)).not.toContain('001099012345');
  });
});

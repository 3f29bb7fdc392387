import { describe, expect, it } from 'vitest';
import type { Dossier } from '@openops/protocol';
import { findJustReceived } from './dossier-submit';

const stored = (part: Partial<Dossier>): Dossier => ({
  code: '000.00.06.H56-261126-0001',
  procedureId: 'dang-ky-khai-sinh',
  procedureCode: '1.001193',
  procedureName: 'Đăng ký khai sinh',
  serviceId: 'ho-tich',
  applicant: { name: 'Nguyễn Thị Hoa', idMasked: null, phone: null, address: null },
  documents: [],
  fees: [],
  receivedAt: '2026-11-26T03:00:00.000Z',
  returnDate: '2026-11-26',
  status: 2,
  statusAt: '2026-11-26T03:00:00.000Z',
  supplementItems: [],
  returnedAt: null,
  channel: 1,
  ticketId: 'ticket-1',
  counterId: 'quay-1',
  officerName: 'Nguyễn Văn An',
  notifyBySms: false,
  ...part,
});

const sent = {
  procedureId: 'dang-ky-khai-sinh',
  applicant: { name: ' Nguyễn Thị Hoa ' },
  counterId: 'quay-1',
  ticketId: 'ticket-1',
};
const now = Date.parse('2026-11-26T03:01:00.000Z');

describe('a reception whose answer was lost', () => {
  it('finds the dossier the server stored', () => {
    expect(findJustReceived([stored({})], sent, now)?.code).toBe('000.00.06.H56-261126-0001');
  });

  it('does not take another citizen, counter, ticket or an old dossier for it', () => {
    expect(
      findJustReceived(
        [stored({ applicant: { ...stored({}).applicant, name: 'Trần Văn Bình' } })],
        sent,
        now,
      ),
    ).toBeNull();
    expect(findJustReceived([stored({ counterId: 'quay-2' })], sent, now)).toBeNull();
    expect(findJustReceived([stored({ ticketId: null })], sent, now)).toBeNull();
    expect(
      findJustReceived([stored({ receivedAt: '2026-11-26T02:00:00.000Z' })], sent, now),
    ).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import type { ClassifiedScan, ScanEvent } from '@openops/protocol';
import { scanForTicket, unusableScanNotice, unusedCardScan, unusedReceiptScan } from './card-scan';

const scanOf = (scan: ClassifiedScan): ScanEvent => ({
  deviceId: 'counter-pc-1',
  source: 'serial',
  at: '2026-11-27T08:00:00.000Z',
  scan,
});

const card = (): ScanEvent =>
  scanOf({
    kind: 'citizen-id',
    idMasked: '********1234',
    idLast4: '1234',
    fullName: 'Nguyễn Thị Hoa',
    birthDate: '15061990',
    sex: 'Nữ',
    address: '12 Lê Lợi, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh',
    issueDate: '01072021',
  });

describe('unusedCardScan', () => {
  it('offers a card scan until it has filled a form', () => {
    const first = card();
    expect(unusedCardScan(first, null)).toBe(first);
    expect(unusedCardScan(first, first)).toBeNull();
  });

  it('offers a new scan, even of the same card', () => {
    const first = card();
    const again = card();
    expect(unusedCardScan(again, first)).toBe(again);
  });

  it('offers nothing but cards', () => {
    expect(unusedCardScan(scanOf({ kind: 'ticket', ticketId: 't-1' }), null)).toBeNull();
    expect(unusedCardScan(null, null)).toBeNull();
  });
});

describe('unusedReceiptScan', () => {
  it('offers a receipt scan until the follow-up panel has looked it up, and no card', () => {
    const receipt = scanOf({
      kind: 'dossier-code',
      code: '000.00.06.H56-261126-0001',
      agencyCode: '000.00.06.H56',
      receivedDate: '2026-11-26',
      sequence: 1,
    });
    expect(unusedReceiptScan(receipt, null)).toBe(receipt);
    expect(unusedReceiptScan(receipt, receipt)).toBeNull();
    expect(unusedReceiptScan(card(), null)).toBeNull();
  });
});

describe('scanForTicket', () => {
  it('keeps a scan for the ticket at the counter when it was made, and no other', () => {
    const scanned = card();
    const held = { scan: scanned, ticketId: 't-15' };
    expect(scanForTicket(held, 't-15')).toBe(scanned);
    // Finished, then the next citizen called: the card was the previous citizen's.
    expect(scanForTicket(held, null)).toBeNull();
    expect(scanForTicket(held, 't-16')).toBeNull();
  });

  it('keeps a scan made with nobody at the counter only until someone is called', () => {
    const scanned = card();
    const held = { scan: scanned, ticketId: null };
    expect(scanForTicket(held, null)).toBe(scanned);
    expect(scanForTicket(held, 't-16')).toBeNull();
    expect(scanForTicket(null, null)).toBeNull();
  });
});

describe('unusableScanNotice', () => {
  it('speaks of a scan nothing on the screen uses, and of no other', () => {
    expect(unusableScanNotice(scanOf({ kind: 'unknown', preview: 'hello', length: 5 }))).toEqual({
      kind: 'scan-unreadable',
      cardLike: false,
    });
    expect(
      unusableScanNotice(
        scanOf({ kind: 'unknown', preview: '0791|x', length: 6, citizenCard: true }),
      ),
    ).toEqual({ kind: 'scan-unreadable', cardLike: true });
    expect(unusableScanNotice(scanOf({ kind: 'appointment-code', code: 'K7M2P9QA' }))).toEqual({
      kind: 'scan-appointment',
    });
    expect(unusableScanNotice(card())).toBeNull();
    expect(unusableScanNotice(scanOf({ kind: 'ticket', ticketId: 't-1' }))).toBeNull();
  });
});

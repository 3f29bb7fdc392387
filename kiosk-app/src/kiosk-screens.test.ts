import { describe, expect, it } from 'vitest';
import type { ClassifiedScan } from '@openops/protocol';
import type { HomeView } from './home-screen';
import { screenAfterScan, screenKeyOf, type Screen } from './kiosk-screens';

const cleanHome: HomeView = { openFieldId: null, choosingPriority: false };

const home: Screen = { kind: 'home' };
const receipt: ClassifiedScan = {
  kind: 'dossier-code',
  code: '000.00.06.H56-231027-0361',
  agencyCode: '000.00.06.H56',
  receivedDate: '2023-10-27',
  sequence: 361,
};
const booking: ClassifiedScan = { kind: 'appointment-code', code: 'K7M2P9QA' };
const unreadable: ClassifiedScan = { kind: 'unknown', preview: 'HELLO', length: 5 };

/** The screens `scans` lead to from home, one after the other, numbered 1, 2, … */
const afterScans = (scans: readonly ClassifiedScan[]): Screen[] => {
  const shown: Screen[] = [];
  scans.reduce<Screen>((current, scan, index) => {
    const next = screenAfterScan(current, scan, index + 1) ?? current;
    shown.push(next);
    return next;
  }, home);
  return shown;
};

describe('screenAfterScan and screenKeyOf', () => {
  it('opens the lookup afresh when the same receipt is scanned again', () => {
    const [first, unread, again] = afterScans([receipt, unreadable, receipt]);
    if (!first || !unread || !again) throw new Error('three screens expected');
    expect(again).toMatchObject({ kind: 'lookup', scannedCode: receipt.code, unreadScans: 0 });
    // The unreadable scan is told on the open lookup: same screen, same key.
    expect(unread).toMatchObject({ kind: 'lookup', unreadScans: 1 });
    expect(screenKeyOf(unread, cleanHome)).toBe(screenKeyOf(first, cleanHome));
    // The rescan is a new screen: React mounts it again, and it looks the code up again.
    expect(screenKeyOf(again, cleanHome)).not.toBe(screenKeyOf(first, cleanHome));
  });

  it('checks a booking in afresh when the same code is scanned again', () => {
    const [first, again] = afterScans([booking, booking]);
    if (!first || !again) throw new Error('two screens expected');
    expect(again).toMatchObject({ kind: 'appointment', scannedCode: 'K7M2P9QA' });
    expect(screenKeyOf(again, cleanHome)).not.toBe(screenKeyOf(first, cleanHome));
  });

  it('leaves an unreadable scan to the app’s notice outside the lookup and check-in', () => {
    expect(screenAfterScan(home, unreadable, 1)).toBeNull();
    expect(screenAfterScan({ kind: 'catalogue' }, unreadable, 1)).toBeNull();
  });

  it('keys a screen opened by a touch apart from one opened by a scan of the same code', () => {
    const touched: Screen = { kind: 'lookup', scannedCode: null, scan: 0, unreadScans: 0 };
    const [scanned] = afterScans([receipt]);
    if (!scanned) throw new Error('a screen expected');
    expect(screenKeyOf(touched, cleanHome)).not.toBe(screenKeyOf(scanned, cleanHome));
  });
});

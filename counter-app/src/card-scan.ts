import type { ScanEvent } from '@openops/protocol';

/**
 * The citizen-ID card scan a reception form may still take: the latest scan when it is a card
 * that has not filled a form yet, else null. Each scan is its own event (a new object), so a
 * card scanned again is a new scan and fills the form again; the one already used does not
 * fill the next citizen's form when the officer opens it later.
 */
export const unusedCardScan = (scan: ScanEvent | null, used: ScanEvent | null): ScanEvent | null =>
  scan?.scan.kind === 'citizen-id' && scan !== used ? scan : null;

/** The receipt scan the follow-up panel (F9) may still look up, on the same terms as a card's. */
export const unusedReceiptScan = (
  scan: ScanEvent | null,
  used: ScanEvent | null,
): ScanEvent | null => (scan?.scan.kind === 'dossier-code' && scan !== used ? scan : null);

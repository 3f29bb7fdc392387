import { assertNever, type ScanEvent } from '@openops/protocol';
import type { ActionNotice } from './action-notice';

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

/** A scan kept for the panels, with the ticket that was at the counter when it was made. */
export type HeldScan = { scan: ScanEvent; ticketId: string | null };

/**
 * The held scan the panels may still use: only while the ticket it was made under is still the
 * one at the counter (or, for a scan made with nobody at it, while nobody is). A card scanned
 * before a call, a finish, a no-show, a transfer or a return was the previous citizen's: it
 * must never fill the next one's reception form, nor a receipt scan look up their dossier.
 */
export const scanForTicket = (
  held: HeldScan | null,
  currentTicketId: string | null,
): ScanEvent | null => (held && held.ticketId === currentTicketId ? held.scan : null);

/**
 * What the screen says of a scan nothing on it can use: neither a CCCD, a dossier code nor a
 * queue ticket (each has its place: the reception form, the follow-up panel, a call). Null for
 * those, which say their own.
 */
export const unusableScanNotice = (scan: ScanEvent): ActionNotice | null => {
  switch (scan.scan.kind) {
    case 'unknown':
      return { kind: 'scan-unreadable', cardLike: scan.scan.citizenCard === true };
    case 'appointment-code':
      return { kind: 'scan-appointment' };
    case 'citizen-id':
    case 'dossier-code':
    case 'ticket':
      return null;
    default:
      return assertNever(scan.scan);
  }
};

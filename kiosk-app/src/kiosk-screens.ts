import {
  assertNever,
  type ClassifiedScan,
  type DailyLimitDetails,
  type IssuedTicket,
  type IssuingClosedDetails,
} from '@openops/protocol';
import type { CitizenCard } from './citizen-dossiers-request';
import type { HomeView } from './home-screen';

/**
 * The kiosk's screens. `scan` numbers the scan that opened a screen (0: opened by a touch), so
 * scanning the same code again opens a fresh screen that reads it afresh: React sees a new key.
 */
export type Screen =
  | { kind: 'home' }
  | { kind: 'ticket'; issued: IssuedTicket }
  | {
      kind: 'refused';
      reason: 'daily-limit-reached' | 'service-closed';
      serviceId: string;
      /** The server's facts behind the refusal; absent from older servers. */
      details?: IssuingClosedDetails | DailyLimitDetails | undefined;
    }
  // `unreadScans` counts scans the kiosk could not read while the screen is open: the screen
  // says so in place of its last message, so only one message shows.
  | { kind: 'appointment'; scannedCode: string | null; scan: number; unreadScans: number }
  | { kind: 'lookup'; scannedCode: string | null; scan: number; unreadScans: number }
  | { kind: 'ticket-status'; ticketId: string; scan: number }
  | { kind: 'catalogue' }
  | { kind: 'citizen-notice'; card: CitizenCard }
  | { kind: 'citizen'; card: CitizenCard };

/**
 * Changes when a new screen opens (not when a screen's own message changes): the page scrolls
 * to the top, the idle wait starts again, and a lookup, check-in or ticket screen opened by a
 * scan is mounted afresh (its React key).
 */
export const screenKeyOf = (screen: Screen, home: HomeView): string => {
  switch (screen.kind) {
    case 'home':
      return `home:${home.openFieldId ?? ''}`;
    case 'ticket':
      return `ticket:${screen.issued.ticket.id}`;
    case 'appointment':
    case 'lookup':
      return `${screen.kind}:${screen.scannedCode ?? ''}:${screen.scan}`;
    case 'ticket-status':
      return `ticket-status:${screen.ticketId}:${screen.scan}`;
    case 'refused':
    case 'catalogue':
    case 'citizen-notice':
    case 'citizen':
      return screen.kind;
    default:
      return assertNever(screen);
  }
};

/**
 * The screen a scan leads to from `current`; `scan` numbers it (1, 2, …). A scan the kiosk
 * cannot read is told on the lookup or check-in screen open under it; elsewhere it opens
 * nothing (null) and the app says so in its notice.
 */
export const screenAfterScan = (
  current: Screen,
  scanned: ClassifiedScan,
  scan: number,
): Screen | null => {
  switch (scanned.kind) {
    case 'ticket':
      return { kind: 'ticket-status', ticketId: scanned.ticketId, scan };
    case 'dossier-code':
      return { kind: 'lookup', scannedCode: scanned.code, scan, unreadScans: 0 };
    case 'appointment-code':
      return { kind: 'appointment', scannedCode: scanned.code, scan, unreadScans: 0 };
    case 'citizen-id':
      return { kind: 'citizen-notice', card: scanned };
    case 'unknown':
      return current.kind === 'lookup' || current.kind === 'appointment'
        ? { ...current, unreadScans: current.unreadScans + 1 }
        : null;
    default:
      return assertNever(scanned);
  }
};

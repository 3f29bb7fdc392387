import { useEffect, useRef } from 'react';
import type { ScanEvent } from '@openops/protocol';

type Options = {
  /** The latest scan from this counter's scanner. */
  scan: ScanEvent | null;
  /** Why a scanned ticket cannot be called now, or null when it can. */
  blockedBy: string | null;
  onCall: (ticketId: string) => void;
  onBlocked: (reason: string) => void;
};

/**
 * A citizen's ticket QR scanned at the counter calls that ticket here, as "Gọi" beside it in
 * the queue would (the server refuses a ticket this counter does not serve, or one no longer
 * waiting). Only while nobody is at the counter, so a stray scan never ends a citizen's
 * service. Each scan acts once; one made before this screen opened is not acted on.
 */
export const useScannedTicketCall = ({ scan, blockedBy, onCall, onBlocked }: Options): void => {
  const handled = useRef<ScanEvent | null>(scan);
  useEffect(() => {
    if (!scan || scan === handled.current || scan.scan.kind !== 'ticket') return;
    handled.current = scan;
    if (blockedBy) onBlocked(blockedBy);
    else onCall(scan.scan.ticketId);
  }, [scan, blockedBy, onCall, onBlocked]);
};

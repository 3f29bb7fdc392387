import { useEffect, useRef, useState } from 'react';
import type { ScanEvent } from '@openops/protocol';
import { scanForTicket, type HeldScan } from './card-scan';

/**
 * The latest scan, held for the ticket at the counter when it was made and dropped for good as
 * soon as that ticket changes (see `scanForTicket`): once dropped it does not come back, not
 * even if the same ticket returns to the counter later.
 */
export const useScanForTicket = (
  scan: ScanEvent | null,
  currentTicketId: string | null,
): ScanEvent | null => {
  const [held, setHeld] = useState<HeldScan | null>(() =>
    scan ? { scan, ticketId: currentTicketId } : null,
  );
  const seen = useRef(scan);
  useEffect(() => {
    if (scan !== seen.current) {
      seen.current = scan;
      setHeld(scan ? { scan, ticketId: currentTicketId } : null);
      return;
    }
    setHeld((old) => (old && old.ticketId !== currentTicketId ? null : old));
  }, [scan, currentTicketId]);
  return scanForTicket(held, currentTicketId);
};

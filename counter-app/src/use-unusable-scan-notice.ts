import { useEffect, useRef } from 'react';
import type { ScanEvent } from '@openops/protocol';
import type { ActionNotice } from './action-notice';
import { unusableScanNotice } from './card-scan';

/**
 * A scan nothing on the screen can use (not a CCCD, a dossier code or a queue ticket) is said
 * so, once, rather than lost without a word: the officer scans again or looks at the code. One
 * made before this screen opened is not spoken of.
 */
export const useUnusableScanNotice = (
  scan: ScanEvent | null,
  onNotice: (notice: ActionNotice) => void,
): void => {
  const handled = useRef<ScanEvent | null>(scan);
  useEffect(() => {
    if (!scan || scan === handled.current) return;
    handled.current = scan;
    const notice = unusableScanNotice(scan);
    if (notice) onNotice(notice);
  }, [scan, onNotice]);
};

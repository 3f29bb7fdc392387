import { useEffect, useRef, useState } from 'react';
import type { ScanEvent } from '@openops/protocol';

type Options = {
  /** The latest scan from this counter's scanner. */
  scan: ScanEvent | null;
  /** A modal dialog holds the screen: what is behind it must not change. */
  held: boolean;
  /** Says that a scan made meanwhile was not used. */
  onHeld: () => void;
};

/**
 * The scan the screen's panels may act on: the latest one made while no modal dialog held the
 * screen. A scan made while one does (the close-counter question) is dropped, and said so in
 * the dialog, rather than filling the form hidden behind it, or calling a ticket, unseen. It is
 * not kept for later either: the officer scans again once the dialog is gone.
 */
export const useScanOutsideDialog = ({ scan, held, onHeld }: Options): ScanEvent | null => {
  const [passed, setPassed] = useState<ScanEvent | null>(scan);
  const seen = useRef<ScanEvent | null>(scan);
  useEffect(() => {
    if (scan === seen.current) return;
    seen.current = scan;
    if (held) onHeld();
    else setPassed(scan);
  }, [scan, held, onHeld]);
  return passed;
};

import { useEffect, useRef } from 'react';
import { assertNever, createWedgeDetector } from '@openops/protocol';

/**
 * Accepts a keyboard-wedge scanner anywhere on the kiosk: keys are watched before any field
 * sees them, a burst ending in Enter or Tab is a scan and goes to `onScan`, and the burst's keys
 * are held back so a scan never lands as text in whatever field has focus.
 */
export const useWedgeScanner = (onScan: (text: string) => void): void => {
  const onScanRef = useRef(onScan);
  useEffect(() => {
    onScanRef.current = onScan;
  }, [onScan]);

  useEffect(() => {
    const detector = createWedgeDetector();
    const onKey = (event: KeyboardEvent): void => {
      const result = detector.feed({
        code: event.code,
        shiftKey: event.shiftKey,
        timeStamp: event.timeStamp,
      });
      switch (result.kind) {
        case 'scan':
          event.preventDefault();
          event.stopPropagation();
          onScanRef.current(result.text);
          return;
        case 'pending':
          event.preventDefault();
          return;
        case 'typing':
          return;
        default:
          assertNever(result);
      }
    };
    document.addEventListener('keydown', onKey, { capture: true });
    return () => document.removeEventListener('keydown', onKey, { capture: true });
  }, []);
};

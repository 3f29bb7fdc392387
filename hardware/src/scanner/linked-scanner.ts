import type { ScanSource } from '@openops/protocol';
import type { ScannerDriver } from './scanner-driver';

/** What a scanner needs of its port, whatever the transport. */
export type ScannerLink = {
  isOpen: () => boolean;
  onOpenChange: (listener: () => void) => void;
  close: () => Promise<void>;
};

/**
 * The driver every scanner transport shares: listeners, open/lost state, garbage count.
 * The transport feeds complete scans through the returned `emit`.
 */
export const createLinkedScanner = (
  uri: string,
  source: ScanSource,
  link: ScannerLink,
  garbageCount: () => number,
): { driver: ScannerDriver; emit: (text: string) => void } => {
  const scanListeners = new Set<(text: string) => void>();
  const changeListeners = new Set<() => void>();
  link.onOpenChange(() => {
    changeListeners.forEach((listener) => listener());
  });
  return {
    emit: (text) => scanListeners.forEach((listener) => listener(text)),
    driver: {
      uri,
      source,
      onScan: (listener) => {
        scanListeners.add(listener);
      },
      onChange: (listener) => {
        changeListeners.add(listener);
      },
      condition: () =>
        link.isOpen()
          ? { state: 'ready', faults: [] }
          : { state: 'disconnected', faults: ['unplugged'] },
      garbageCount,
      close: () => link.close(),
    },
  };
};

import type { ScanSource } from '@openops/protocol';
import type { PrinterCondition } from '../printer/printer-driver';

/** One barcode / QR scanner, whatever the transport. */
export type ScannerDriver = {
  readonly uri: string;
  readonly source: ScanSource;
  /** Called with each complete scan, terminator removed. */
  onScan: (listener: (text: string) => void) => void;
  /** Called when the port opens or is lost. */
  onChange: (listener: () => void) => void;
  condition: () => PrinterCondition;
  garbageCount: () => number;
  close: () => Promise<void>;
};

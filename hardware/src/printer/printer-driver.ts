import type { DeviceFault, DeviceState } from '@openops/protocol';
import type { PaperWidth } from '../escpos/paper';

export type PrinterCondition = { state: DeviceState; faults: DeviceFault[] };

/** A job refused or lost by the printer, with the coded reason the server records. */
export class PrintError extends Error {
  constructor(
    readonly code: 'printer-fault' | 'printer-offline',
    message: string,
    readonly faults: readonly DeviceFault[] = [],
  ) {
    super(message);
    this.name = 'PrintError';
  }
}

/** One printer, whatever the transport. */
export type PrinterDriver = {
  readonly uri: string;
  readonly paper: PaperWidth;
  /** True when the transport carries status back (serial, TCP); false for a spooler (CUPS). */
  readonly twoWay: boolean;
  /**
   * Asks the printer for its real-time status. One-way transports answer `unknown`;
   * an unreachable printer answers `disconnected`.
   */
  status: () => Promise<PrinterCondition>;
  /**
   * Sends a job. On a two-way transport the status is checked first, so a job on a printer
   * with paper out or cover open fails with `printer-fault` instead of vanishing.
   */
  print: (bytes: Uint8Array) => Promise<void>;
  /** Bytes from the printer that were not status answers. */
  garbageCount: () => number;
  close: () => Promise<void>;
};

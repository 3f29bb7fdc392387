import type { DeviceFault, DeviceState, PrintDocument } from '@openops/protocol';
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

/**
 * What a job is, for a transport that holds jobs (a CUPS queue): a queue ticket or checklist
 * held too long is dropped there, as the server drops it; a dossier receipt always prints.
 */
export type PrintJobLabel = { kind: PrintDocument['kind'] };

/** One printer, whatever the transport. */
export type PrinterDriver = {
  readonly uri: string;
  readonly paper: PaperWidth;
  /** True when the transport carries status back (serial, TCP); false for a spooler (CUPS). */
  readonly twoWay: boolean;
  /**
   * Asks the printer for its real-time status. An unreachable printer answers `disconnected`,
   * and so does one that answered status before and is silent now (one that never answers
   * stays `unknown`). A CUPS queue answers what the spooler knows: stopped, a printer fault it
   * reports, jobs stuck; else `unknown`.
   */
  status: () => Promise<PrinterCondition>;
  /**
   * Sends a job. On a two-way transport the status is checked first, so a job on a printer
   * with paper out or cover open fails with `printer-fault` instead of vanishing.
   */
  print: (bytes: Uint8Array, label?: PrintJobLabel) => Promise<void>;
  /** Bytes from the printer that were not status answers. */
  garbageCount: () => number;
  close: () => Promise<void>;
};

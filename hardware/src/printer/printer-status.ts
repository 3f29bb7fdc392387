import type { DeviceFault } from '@openops/protocol';

/**
 * Decodes the answers to `DLE EOT 1`, `DLE EOT 2` and `DLE EOT 4`. Every answer has bit 1 and
 * bit 4 set and bits 0 and 7 clear; anything else is not a status byte (noise, or a printer
 * that does not speak ESC/POS).
 */
export const isStatusByte = (byte: number): boolean => (byte & 0x93) === 0x12;

export type PrinterStatusBytes = { printer: number; offlineCause: number; paper: number };

/** The faults a set of status answers reports, most serious first. */
export const faultsFromStatus = ({
  printer,
  offlineCause,
  paper,
}: PrinterStatusBytes): DeviceFault[] => {
  const faults: DeviceFault[] = [];
  if (paper & 0x60 || offlineCause & 0x20) faults.push('paper-out');
  if (offlineCause & 0x04) faults.push('cover-open');
  if (paper & 0x0c && !faults.includes('paper-out')) faults.push('paper-near-end');
  if (printer & 0x08 && faults.length === 0) faults.push('offline');
  return faults;
};

/** Status bytes a printer in a given condition answers; the test printer uses this too. */
export const statusBytesFor = (faults: readonly DeviceFault[]): PrinterStatusBytes => {
  const has = (fault: DeviceFault): boolean => faults.includes(fault);
  const blocking = has('paper-out') || has('cover-open') || has('offline');
  return {
    printer: 0x12 | (blocking ? 0x08 : 0),
    offlineCause: 0x12 | (has('cover-open') ? 0x04 : 0) | (has('paper-out') ? 0x20 : 0),
    paper: 0x12 | (has('paper-near-end') ? 0x0c : 0) | (has('paper-out') ? 0x60 : 0),
  };
};

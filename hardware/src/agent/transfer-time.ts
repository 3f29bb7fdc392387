import { maxPrintTransferMs } from '@openops/protocol';
import { parseDeviceUri } from '../device-uri';

/** Bits on a serial line per byte: a start bit, 8 data bits, a stop bit. */
const serialBitsPerByte = 10;

/** Allowance over the line's raw speed: flow-control pauses, a printer slower than its line. */
const serialSlack = 1.5;

/**
 * How long sending `bytes` to the printer at `printerUri` should take beyond the usual: on a
 * serial line, its transfer time at the port's speed with some slack (a 137 KB receipt at 9600
 * baud: about 3½ minutes); 0 on a network, CUPS or file printer, which take a job in moments.
 * Capped at `maxPrintTransferMs`.
 */
export const expectedTransferMs = (printerUri: string, bytes: number): number => {
  let baudRate: number;
  try {
    const parsed = parseDeviceUri(printerUri);
    if (parsed.transport !== 'serial') return 0;
    baudRate = parsed.baudRate;
  } catch {
    // A driver made without a URI of ours (a vendor's, a test's) gets no allowance.
    return 0;
  }
  const ms = Math.ceil(((bytes * serialBitsPerByte) / baudRate) * 1000 * serialSlack);
  return Math.min(ms, maxPrintTransferMs);
};

import { maxPrintTransferMs } from '@openops/protocol';
import { describe, expect, it } from 'vitest';
import { expectedTransferMs } from './transfer-time';

describe('expected transfer time', () => {
  it('covers a long receipt on a slow serial line, with slack over the raw line speed', () => {
    // 137 KB at 9600 baud is 142 s on the wire.
    const ms = expectedTransferMs('serial:/dev/ttyUSB0?baud=9600', 137 * 1024);
    expect(ms).toBeGreaterThan(146_000);
    expect(ms).toBeLessThan(240_000);
    // The default speed (115200) makes a ticket a matter of moments.
    expect(expectedTransferMs('serial:/dev/ttyUSB0', 7_000)).toBeLessThan(1_000);
  });

  it('adds nothing for network, CUPS and file printers, or a URI it cannot read', () => {
    expect(expectedTransferMs('tcp://192.168.1.50:9100', 137 * 1024)).toBe(0);
    expect(expectedTransferMs('cups:Queue', 137 * 1024)).toBe(0);
    expect(expectedTransferMs('file:/tmp/printed', 137 * 1024)).toBe(0);
    expect(expectedTransferMs('fake printer', 137 * 1024)).toBe(0);
  });

  it('never announces more than the protocol allows', () => {
    expect(expectedTransferMs('serial:/dev/ttyUSB0?baud=1200', 10_000_000)).toBe(
      maxPrintTransferMs,
    );
  });
});

import { maxScanLength } from '@openops/protocol';

export type LineAssembler = {
  /** Feeds bytes; returns the complete lines they finish, terminators removed. */
  push: (chunk: Uint8Array) => string[];
};

/**
 * Cuts a scanner's byte stream into lines ending in CR, LF or CR LF, decoded as UTF-8 (a CCCD
 * QR carries Vietnamese). An over-long line, one with control bytes, or one that is not
 * valid UTF-8 is dropped and reported to `onGarbage` instead of reaching the server.
 */
export const createLineAssembler = (
  onGarbage: (bytes: number, reason: string) => void,
  maxLength: number = maxScanLength,
): LineAssembler => {
  let current: number[] = [];
  let overflowed = false;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  return {
    push: (chunk) => {
      const lines: string[] = [];
      for (const byte of chunk) {
        if (byte === 0x0d || byte === 0x0a) {
          if (overflowed) onGarbage(current.length, 'scan longer than the limit');
          else if (current.length > 0) {
            const bytes = Uint8Array.from(current);
            if (current.some((value) => value < 0x20 || value === 0x7f)) {
              onGarbage(bytes.length, 'control bytes inside a scan');
            } else {
              try {
                lines.push(decoder.decode(bytes).normalize('NFC'));
              } catch {
                onGarbage(bytes.length, 'scan is not valid UTF-8');
              }
            }
          }
          current = [];
          overflowed = false;
          continue;
        }
        if (current.length >= maxLength * 4) {
          overflowed = true;
          current = [];
        }
        current.push(byte);
      }
      return lines;
    },
  };
};

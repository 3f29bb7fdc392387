import type { Alignment, QrErrorCorrection } from './commands';

/** One command or text run found in an ESC/POS byte stream. */
export type EscPosOp =
  | { op: 'initialise' }
  | { op: 'align'; alignment: Alignment }
  | { op: 'size'; width: number; height: number }
  | { op: 'bold'; on: boolean }
  | { op: 'text'; text: string }
  | { op: 'newline' }
  | { op: 'feed-lines'; lines: number }
  | { op: 'feed-dots'; dots: number }
  | { op: 'raster'; widthBytes: number; height: number; data: Uint8Array }
  | { op: 'qr'; data: string; moduleSize: number; errorCorrection: QrErrorCorrection }
  | { op: 'code128'; data: string; height: number; moduleWidth: number; hriBelow: boolean }
  | { op: 'cut' }
  | { op: 'status-request'; n: number }
  | { op: 'unknown'; bytes: Uint8Array };

const alignments: readonly Alignment[] = ['left', 'centre', 'right'];
const qrLevels: readonly QrErrorCorrection[] = ['L', 'M', 'Q', 'H'];

/**
 * Decodes the ESC/POS subset our renderers emit (and real-time status requests), so tests can
 * assert what a printer received and the preview can draw exactly that. Unknown or truncated
 * commands come back as `unknown` ops rather than throwing.
 */
export const decodeEscPos = (bytes: Uint8Array): EscPosOp[] => {
  const ops: EscPosOp[] = [];
  let text = '';
  let qrData = '';
  let qrModule = 3;
  let qrLevel: QrErrorCorrection = 'L';
  let barcodeHeight = 162;
  let barcodeWidth = 3;
  let hriBelow = false;
  let i = 0;
  const at = (offset: number): number => bytes[i + offset] ?? -1;
  const flushText = (): void => {
    if (text !== '') ops.push({ op: 'text', text });
    text = '';
  };
  const unknown = (length: number): void => {
    ops.push({ op: 'unknown', bytes: bytes.slice(i, Math.min(bytes.length, i + length)) });
    i += length;
  };
  while (i < bytes.length) {
    const byte = at(0);
    if (byte >= 0x20 && byte < 0x7f) {
      text += String.fromCharCode(byte);
      i += 1;
      continue;
    }
    flushText();
    if (byte === 0x0a) {
      ops.push({ op: 'newline' });
      i += 1;
    } else if (byte === 0x10 && at(1) === 0x04 && at(2) >= 0) {
      ops.push({ op: 'status-request', n: at(2) });
      i += 3;
    } else if (byte === 0x1b) {
      const command = at(1);
      const n = at(2);
      if (command === 0x40) {
        ops.push({ op: 'initialise' });
        i += 2;
      } else if (n < 0) {
        unknown(bytes.length - i);
      } else if (command === 0x61) {
        ops.push({ op: 'align', alignment: alignments[n % 48] ?? 'left' });
        i += 3;
      } else if (command === 0x45) {
        ops.push({ op: 'bold', on: (n & 1) === 1 });
        i += 3;
      } else if (command === 0x64) {
        ops.push({ op: 'feed-lines', lines: n });
        i += 3;
      } else if (command === 0x4a) {
        ops.push({ op: 'feed-dots', dots: n });
        i += 3;
      } else {
        unknown(2);
      }
    } else if (byte === 0x1d) {
      const command = at(1);
      if (command === 0x21 && at(2) >= 0) {
        ops.push({ op: 'size', width: (at(2) >> 4) + 1, height: (at(2) & 0x0f) + 1 });
        i += 3;
      } else if (command === 0x56 && at(2) >= 0) {
        ops.push({ op: 'cut' });
        i += at(2) >= 65 ? 4 : 3;
      } else if (command === 0x76 && at(2) === 0x30 && at(7) >= 0) {
        const widthBytes = at(4) | (at(5) << 8);
        const height = at(6) | (at(7) << 8);
        const size = widthBytes * height;
        if (i + 8 + size > bytes.length) {
          unknown(bytes.length - i);
        } else {
          ops.push({ op: 'raster', widthBytes, height, data: bytes.slice(i + 8, i + 8 + size) });
          i += 8 + size;
        }
      } else if (command === 0x28 && at(2) === 0x6b && at(4) >= 0) {
        const length = at(3) | (at(4) << 8);
        const fn = at(6);
        if (i + 5 + length > bytes.length || length < 2) {
          unknown(bytes.length - i);
          continue;
        }
        if (fn === 0x43) qrModule = at(7);
        if (fn === 0x45) qrLevel = qrLevels[at(7) - 48] ?? 'L';
        if (fn === 0x50) qrData = new TextDecoder().decode(bytes.slice(i + 8, i + 5 + length));
        if (fn === 0x51) {
          ops.push({ op: 'qr', data: qrData, moduleSize: qrModule, errorCorrection: qrLevel });
        }
        i += 5 + length;
      } else if (command === 0x68 && at(2) >= 0) {
        barcodeHeight = at(2);
        i += 3;
      } else if (command === 0x77 && at(2) >= 0) {
        barcodeWidth = at(2);
        i += 3;
      } else if (command === 0x48 && at(2) >= 0) {
        hriBelow = (at(2) & 2) === 2;
        i += 3;
      } else if (command === 0x6b && at(2) === 73 && at(3) >= 0) {
        const length = at(3);
        if (i + 4 + length > bytes.length) {
          unknown(bytes.length - i);
          continue;
        }
        const raw = String.fromCharCode(...bytes.slice(i + 4, i + 4 + length));
        // Code set selection (`{B`) leads the data; `{{` stands for one `{`.
        const data = raw.replace(/^\{[ABC]/, '').replace(/\{\{/g, '{');
        ops.push({
          op: 'code128',
          data,
          height: barcodeHeight,
          moduleWidth: barcodeWidth,
          hriBelow,
        });
        i += 4 + length;
      } else {
        unknown(2);
      }
    } else {
      unknown(1);
    }
  }
  flushText();
  return ops;
};

/** The text a printer prints from the decoded ops (raster lines excluded), one string per line. */
export const printedTextLines = (ops: readonly EscPosOp[]): string[] => {
  const lines: string[] = [];
  let current = '';
  for (const op of ops) {
    if (op.op === 'text') current += op.text;
    if (op.op === 'newline') {
      lines.push(current);
      current = '';
    }
  }
  if (current !== '') lines.push(current);
  return lines;
};

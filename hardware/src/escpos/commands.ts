/** ESC/POS command bytes used by our renderers. Names follow the Epson reference. */
const DLE = 0x10;
const EOT = 0x04;
const ESC = 0x1b;
const GS = 0x1d;

export type Alignment = 'left' | 'centre' | 'right';

const alignmentCode: Record<Alignment, number> = { left: 0, centre: 1, right: 2 };

/** QR error correction levels of `GS ( k` function 169. */
export type QrErrorCorrection = 'L' | 'M' | 'Q' | 'H';
const qrErrorCode: Record<QrErrorCorrection, number> = { L: 48, M: 49, Q: 50, H: 51 };

/** `GS ( k` with the 2-byte little-endian parameter length. */
const qrFunction = (fn: number, payload: readonly number[]): Uint8Array => {
  const length = payload.length + 2;
  return Uint8Array.of(GS, 0x28, 0x6b, length & 0xff, length >> 8, 0x31, fn, ...payload);
};

/** Real-time status requests of `DLE EOT n`. */
export type StatusRequest = 'printer' | 'offline-cause' | 'error-cause' | 'paper';
const statusRequestCode: Record<StatusRequest, number> = {
  printer: 1,
  'offline-cause': 2,
  'error-cause': 3,
  paper: 4,
};

export const escpos = {
  /** `ESC @`: reset the printer to its power-on state. */
  initialise: (): Uint8Array => Uint8Array.of(ESC, 0x40),
  /** `ESC a n`: justify following lines (and raster images). */
  align: (alignment: Alignment): Uint8Array => Uint8Array.of(ESC, 0x61, alignmentCode[alignment]),
  /** `GS ! n`: character size, width and height multipliers 1..8. */
  size: (width: number, height: number): Uint8Array =>
    Uint8Array.of(GS, 0x21, (((clamp(width) - 1) << 4) | (clamp(height) - 1)) & 0xff),
  /** `ESC E n`: emphasised (bold) on or off. */
  bold: (on: boolean): Uint8Array => Uint8Array.of(ESC, 0x45, on ? 1 : 0),
  /** `ESC d n`: print and feed n lines. */
  feed: (lines: number): Uint8Array => Uint8Array.of(ESC, 0x64, Math.max(0, Math.min(255, lines))),
  /** `ESC J n`: print and feed n dots. */
  feedDots: (dots: number): Uint8Array =>
    Uint8Array.of(ESC, 0x4a, Math.max(0, Math.min(255, dots))),
  /** `GS V 66 n`: feed n dots then partial cut. */
  cut: (): Uint8Array => Uint8Array.of(GS, 0x56, 0x42, 0x03),
  /**
   * `GS v 0`: a 1-bit raster image, `widthBytes` bytes per row, MSB is the leftmost dot,
   * 1 prints black.
   */
  raster: (widthBytes: number, height: number, data: Uint8Array): Uint8Array => {
    const header = Uint8Array.of(
      GS,
      0x76,
      0x30,
      0,
      widthBytes & 0xff,
      widthBytes >> 8,
      height & 0xff,
      height >> 8,
    );
    const out = new Uint8Array(header.length + data.length);
    out.set(header);
    out.set(data, header.length);
    return out;
  },
  /** `GS ( k` functions 165, 167, 169, 180, 181: select model 2, size, error level, store, print. */
  qr: (data: string, moduleSize = 6, errorCorrection: QrErrorCorrection = 'M'): Uint8Array => {
    const bytes = Array.from(new TextEncoder().encode(data));
    return concatBytes([
      qrFunction(0x41, [0x32, 0x00]),
      qrFunction(0x43, [Math.max(1, Math.min(16, moduleSize))]),
      qrFunction(0x45, [qrErrorCode[errorCorrection]]),
      qrFunction(0x50, [0x30, ...bytes]),
      qrFunction(0x51, [0x30]),
    ]);
  },
  /**
   * CODE128 with code set B (`GS k 73`): `GS h` height in dots, `GS w` module width (1 where the code is too long for 2),
   * `GS H 2` human-readable text below. A `{` in the data is sent as `{{`.
   */
  code128: (data: string, height = 60, moduleWidth = 2): Uint8Array => {
    const payload = Array.from(asciiText(data)).flatMap((byte) =>
      byte === 0x7b ? [0x7b, 0x7b] : [byte],
    );
    return concatBytes([
      Uint8Array.of(GS, 0x68, Math.max(1, Math.min(255, height))),
      Uint8Array.of(GS, 0x77, Math.max(1, Math.min(6, moduleWidth))),
      Uint8Array.of(GS, 0x48, 2),
      Uint8Array.of(GS, 0x6b, 73, payload.length + 2, 0x7b, 0x42, ...payload),
    ]);
  },
  /** `DLE EOT n`: real-time status; the printer answers one byte even while offline. */
  statusRequest: (request: StatusRequest): Uint8Array =>
    Uint8Array.of(DLE, EOT, statusRequestCode[request]),
};

const clamp = (multiplier: number): number => Math.max(1, Math.min(8, Math.round(multiplier)));

/** True when every character is printable ASCII, so the printer's own font prints it right. */
export const isPlainAscii = (text: string): boolean => /^[\x20-\x7e]*$/.test(text);

/**
 * Encodes ASCII text. Vietnamese tone marks differ between vendors' code pages, so
 * non-ASCII characters are replaced here; renderers send such lines as raster instead.
 */
export const asciiText = (text: string): Uint8Array =>
  Uint8Array.from(
    Array.from(
      text
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D')),
    ).map((character) => {
      const code = character.charCodeAt(0);
      return code >= 0x20 && code < 0x7f ? code : 0x3f;
    }),
  );

export const concatBytes = (parts: readonly Uint8Array[]): Uint8Array => {
  const total = parts.reduce((sum, part) => sum + part.length, 0);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
};

export const newline = Uint8Array.of(0x0a);

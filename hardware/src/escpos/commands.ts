/** ESC/POS command bytes used by our renderers. Names follow the Epson reference. */
const ESC = 0x1b;
const GS = 0x1d;

export type Alignment = 'left' | 'centre' | 'right';

const alignmentCode: Record<Alignment, number> = { left: 0, centre: 1, right: 2 };

export const escpos = {
  /** `ESC @`: reset the printer to its power-on state. */
  initialise: (): Uint8Array => Uint8Array.of(ESC, 0x40),
  /** `ESC a n`: justify following lines. */
  align: (alignment: Alignment): Uint8Array => Uint8Array.of(ESC, 0x61, alignmentCode[alignment]),
  /** `GS ! n`: character size, width and height multipliers 1..8. */
  size: (width: number, height: number): Uint8Array =>
    Uint8Array.of(GS, 0x21, (((clamp(width) - 1) << 4) | (clamp(height) - 1)) & 0xff),
  /** `ESC E n`: emphasised (bold) on or off. */
  bold: (on: boolean): Uint8Array => Uint8Array.of(ESC, 0x45, on ? 1 : 0),
  /** `ESC d n`: print and feed n lines. */
  feed: (lines: number): Uint8Array => Uint8Array.of(ESC, 0x64, Math.max(0, Math.min(255, lines))),
  /** `GS V 66 n`: feed n dots then partial cut. */
  cut: (): Uint8Array => Uint8Array.of(GS, 0x56, 0x42, 0x03),
};

const clamp = (multiplier: number): number => Math.max(1, Math.min(8, Math.round(multiplier)));

/**
 * Encodes ASCII text. Vietnamese tone marks differ between vendors' code pages, so
 * non-ASCII characters are replaced here; the ticket renderer sends such lines as raster.
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

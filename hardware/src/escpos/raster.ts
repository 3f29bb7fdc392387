import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import { ensurePrintFont, printFontFamily } from './font';

export type RasterImage = {
  /** Blank dot rows cut off above and below the ink; the printer feeds them instead. */
  blankAbove: number;
  blankBelow: number;
  /** Bytes per row; each byte is 8 dots, most significant bit leftmost. */
  widthBytes: number;
  height: number;
  /** Row-major, 1 = black dot. */
  data: Uint8Array;
};

export type TextStyle = {
  /** Pixel size of the font, in printer dots (203 dpi). */
  sizeDots: number;
  bold: boolean;
};

/** The canvas font a style is drawn in. */
export const rasterFont = (style: TextStyle): string =>
  `${style.bold ? 'bold ' : ''}${style.sizeDots}px "${printFontFamily}"`;

/** Widest line drawn: 80 mm paper. */
const scratchWidth = 576;

// Creating a canvas costs ~10 ms (a Skia surface); one scratch canvas serves every line, and is
// only made again when a line taller than any before needs more rows.
let scratch: { context: SKRSContext2D; height: number } | null = null;
const scratchContext = (height = 0): SKRSContext2D => {
  ensurePrintFont();
  if (!scratch || scratch.height < height) {
    const rows = Math.max(64, height);
    scratch = { context: createCanvas(scratchWidth, rows).getContext('2d'), height: rows };
  }
  return scratch.context;
};
const measurer = scratchContext;

/** Width of a text in dots when rasterised with a style. */
export const measureText = (text: string, style: TextStyle): number => {
  const context = measurer();
  context.font = rasterFont(style);
  return Math.ceil(context.measureText(text).width);
};

/** Splits a text into lines no wider than `maxDots`, breaking between words. */
export const wrapText = (text: string, style: TextStyle, maxDots: number): string[] => {
  // Breaks at ordinary white space only: a no-break space (U+00A0) holds its words together.
  const words = text
    .normalize('NFC')
    .split(/[ \t\r\n]+/)
    .filter(Boolean);
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const candidate = current === '' ? word : `${current} ${word}`;
    if (current !== '' && measureText(candidate, style) > maxDots) {
      lines.push(current);
      current = word;
    } else {
      current = candidate;
    }
  }
  if (current !== '') lines.push(current);
  return lines.length > 0 ? withoutWidow(lines, style, maxDots) : [''];
};

/**
 * A short last line of one word ("quả.") reads as a stray: it takes the previous line's last
 * word along when both fit and that line keeps at least two words. A phrase held together by
 * no-break spaces ("khoảng 21 phút") is not short.
 */
const withoutWidow = (lines: string[], style: TextStyle, maxDots: number): string[] => {
  const last = lines.at(-1) ?? '';
  const before = lines.at(-2);
  if (before === undefined || /[ \t]/.test(last)) return lines;
  if (measureText(last, style) > maxDots / 4) return lines;
  const words = before.split(' ');
  if (words.length < 3) return lines;
  const moved = `${words.at(-1) ?? ''} ${last}`;
  if (measureText(moved, style) > maxDots) return lines;
  return [...lines.slice(0, -2), words.slice(0, -1).join(' '), moved];
};

/** Threshold between white and black when turning anti-aliased glyphs into dots. */
const inkThreshold = 110;

/** Whether a shade of grey (0 black to 255 white) of an anti-aliased glyph prints as a dot. */
export const isInkShade = (shade: number): boolean => shade < 255 - inkThreshold;

/** Lines kept rasterised: the centre's name, titles, service names and footers repeat on every ticket. */
const cacheSize = 128;
const cache = new Map<string, RasterImage>();

/**
 * Rasterises one line of text, cropped to its width so the printer's justification
 * (`ESC a`) places it and no blank bytes are sent. Recent lines come from a small cache.
 */
export const rasteriseLine = (text: string, style: TextStyle, maxDots: number): RasterImage => {
  const key = `${style.sizeDots}|${style.bold ? 1 : 0}|${maxDots}|${text}`;
  const cached = cache.get(key);
  if (cached) {
    // Map order is insertion order: re-inserting marks the line as recently used.
    cache.delete(key);
    cache.set(key, cached);
    return cached;
  }
  const image = drawLine(text, style, maxDots);
  cache.set(key, image);
  if (cache.size > cacheSize) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  return image;
};

/**
 * Letters whose ink reaches furthest from the baseline in Vietnamese: capitals with stacked
 * marks (a hook or tilde over a breve or circumflex) above it, descenders and dots below it.
 * Sizing every line of a style from them keeps lines evenly spaced, and no mark is cut.
 */
const tallestLetters = 'ẲẴẨẪỂỄỔỖ';
const deepestLetters = 'gjpqyỵỴỹỷỳ';

type LineBox = {
  /** Dot row of the baseline, from the top of the line. */
  baseline: number;
  height: number;
  /** Dot column where the text starts, so ink left of its origin ("j") is kept. */
  left: number;
  width: number;
};

const referenceExtents = new Map<string, { ascent: number; descent: number }>();

/**
 * Where a line is drawn and how big its image is, from the measured ink of the font (not from
 * the pixel size: at 20 px bold the tilde of "Ỗ" rises 24 dots above the baseline).
 */
const lineBox = (text: string, style: TextStyle, maxDots: number): LineBox => {
  const context = measurer();
  const font = rasterFont(style);
  context.font = font;
  let reference = referenceExtents.get(font);
  if (!reference) {
    reference = {
      ascent: Math.ceil(context.measureText(tallestLetters).actualBoundingBoxAscent),
      descent: Math.ceil(context.measureText(deepestLetters).actualBoundingBoxDescent),
    };
    referenceExtents.set(font, reference);
  }
  // A letter outside Vietnamese that reaches further still only makes its own line taller.
  const metrics = context.measureText(text);
  const ascent = Math.max(reference.ascent, Math.ceil(metrics.actualBoundingBoxAscent));
  const descent = Math.max(reference.descent, Math.ceil(metrics.actualBoundingBoxDescent));
  const left = 1 + Math.max(0, Math.ceil(metrics.actualBoundingBoxLeft));
  const right = Math.max(Math.ceil(metrics.width), Math.ceil(metrics.actualBoundingBoxRight));
  // One blank row above and below the ink, and a column each side, so nothing touches an edge.
  return {
    baseline: 1 + ascent,
    height: ascent + descent + 2,
    left,
    width: Math.max(8, Math.min(maxDots, scratchWidth, left + right + 1)),
  };
};

/** Empties the line cache (benchmarks measure drawing every line). */
export const clearRasterCache = (): void => {
  cache.clear();
};

const drawLine = (text: string, style: TextStyle, maxDots: number): RasterImage => {
  const normalised = text.normalize('NFC');
  const box = lineBox(normalised, style, maxDots);
  const widthBytes = Math.ceil(box.width / 8);
  const { height } = box;
  const context = scratchContext(height);
  const canvas = { width: widthBytes * 8 };
  context.fillStyle = '#fff';
  context.fillRect(0, 0, scratchWidth, height);
  context.fillStyle = '#000';
  context.font = rasterFont(style);
  context.textBaseline = 'alphabetic';
  context.fillText(normalised, box.left, box.baseline);
  const pixels = context.getImageData(0, 0, canvas.width, height).data;
  const full = new Uint8Array(widthBytes * height);
  let firstInk = height;
  let lastInk = -1;
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < canvas.width; x += 1) {
      const red = pixels[(y * canvas.width + x) * 4] ?? 255;
      if (isInkShade(red)) {
        const index = y * widthBytes + (x >> 3);
        full[index] = (full[index] ?? 0) | (0x80 >> (x & 7));
        firstInk = Math.min(firstInk, y);
        lastInk = y;
      }
    }
  }
  // Blank rows cost a whole row of bytes each; a paper feed of the same height costs 3 bytes.
  if (lastInk < 0)
    return { widthBytes, height: 0, data: new Uint8Array(0), blankAbove: height, blankBelow: 0 };
  const data = full.slice(firstInk * widthBytes, (lastInk + 1) * widthBytes);
  return {
    widthBytes,
    height: lastInk - firstInk + 1,
    data,
    blankAbove: firstInk,
    blankBelow: height - 1 - lastInk,
  };
};

import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import QRCode from 'qrcode';
import { assertNever } from '@openops/protocol';
import { code128Modules } from '../barcode/code128';
import type { Alignment } from './commands';
import { decodeEscPos, type EscPosOp } from './escpos-decoder';
import { ensurePrintFont, printFontFamily } from './font';
import { paperProfile, type PaperWidth } from './paper';

/** Font A: 12 × 24 dots per character; default line spacing 1/6 inch (about 34 dots). */
const charWidth = 12;
const charHeight = 24;
const lineSpacing = 34;
/** Longest preview drawn; a receipt of 40 documents stays well inside it. */
const maxHeight = 12_000;

type State = { y: number; alignment: Alignment; width: number; height: number; bold: boolean };

const xFor = (alignment: Alignment, itemWidth: number, paperDots: number): number =>
  alignment === 'left'
    ? 0
    : alignment === 'centre'
      ? Math.floor((paperDots - itemWidth) / 2)
      : paperDots - itemWidth;

/**
 * Draws what a printer prints from ESC/POS bytes, as a 1-bit PNG: text in a fixed 12-dot
 * cell like font A, raster images dot for dot, QR and CODE128 from their data. It decodes the
 * very bytes sent to the printer, so it shows exactly what was printed (not what was meant).
 */
export const renderPreview = (bytes: Uint8Array, paper: PaperWidth = 80): Buffer => {
  ensurePrintFont();
  const { dots } = paperProfile(paper);
  const canvas = createCanvas(dots, maxHeight);
  const context = canvas.getContext('2d');
  context.fillStyle = '#fff';
  context.fillRect(0, 0, dots, maxHeight);
  context.fillStyle = '#000';
  const state: State = { y: 0, alignment: 'left', width: 1, height: 1, bold: false };
  let pending = '';
  const flushLine = (): void => {
    const cellWidth = charWidth * state.width;
    const lineHeight = Math.max(lineSpacing, charHeight * state.height + 10);
    const textWidth = pending.length * cellWidth;
    const x0 = xFor(state.alignment, Math.min(textWidth, dots), dots);
    context.font = `${state.bold ? 'bold ' : ''}${20 * state.height}px "${printFontFamily}"`;
    Array.from(pending).forEach((character, index) => {
      context.save();
      context.translate(x0 + index * cellWidth, state.y + charHeight * state.height);
      context.scale(state.width / state.height, 1);
      // Font A is monospaced: a narrow glyph ("i", ".", "1") sits in the middle of its cell,
      // not at its left edge with the gap after it.
      const glyphWidth = context.measureText(character).width;
      context.fillText(character, Math.max(0, (charWidth * state.height - glyphWidth) / 2), 0);
      context.restore();
    });
    state.y += lineHeight;
    pending = '';
  };
  for (const op of decodeEscPos(bytes)) {
    drawOp(op, context, state, dots, {
      pending: () => pending,
      append: (text) => {
        pending += text;
      },
      flushLine,
    });
  }
  if (pending !== '') flushLine();
  const height = Math.max(1, Math.min(maxHeight, state.y + 8));
  return cropTo1Bit(context, dots, height);
};

type LineBuffer = { pending: () => string; append: (text: string) => void; flushLine: () => void };

const drawOp = (
  op: EscPosOp,
  context: SKRSContext2D,
  state: State,
  dots: number,
  line: LineBuffer,
): void => {
  // Raster, QR and barcodes print at the start of a line: text waiting in the buffer goes first.
  const startBlock = (): void => {
    if (line.pending() !== '') line.flushLine();
  };
  switch (op.op) {
    case 'initialise':
      Object.assign(state, { alignment: 'left', width: 1, height: 1, bold: false });
      return;
    case 'align':
      state.alignment = op.alignment;
      return;
    case 'size':
      state.width = op.width;
      state.height = op.height;
      return;
    case 'bold':
      state.bold = op.on;
      return;
    case 'text':
      line.append(op.text);
      return;
    case 'newline':
      line.flushLine();
      return;
    case 'feed-lines':
      startBlock();
      state.y += op.lines * lineSpacing;
      return;
    case 'feed-dots':
      startBlock();
      state.y += op.dots;
      return;
    case 'raster': {
      startBlock();
      const width = op.widthBytes * 8;
      const x0 = xFor(state.alignment, Math.min(width, dots), dots);
      for (let y = 0; y < op.height; y += 1) {
        for (let x = 0; x < width; x += 1) {
          const byte = op.data[y * op.widthBytes + (x >> 3)] ?? 0;
          if (byte & (0x80 >> (x & 7))) context.fillRect(x0 + x, state.y + y, 1, 1);
        }
      }
      state.y += op.height;
      return;
    }
    case 'qr': {
      startBlock();
      const matrix = QRCode.create(op.data, { errorCorrectionLevel: op.errorCorrection });
      const size = matrix.modules.size;
      const pixel = op.moduleSize;
      const x0 = xFor(state.alignment, size * pixel, dots);
      for (let row = 0; row < size; row += 1) {
        for (let column = 0; column < size; column += 1) {
          if (matrix.modules.get(row, column)) {
            context.fillRect(x0 + column * pixel, state.y + row * pixel, pixel, pixel);
          }
        }
      }
      state.y += size * pixel;
      return;
    }
    case 'code128': {
      startBlock();
      const modules = code128Modules(op.data) ?? [];
      const total = modules.reduce((sum, width) => sum + width, 0) * op.moduleWidth;
      let x = xFor(state.alignment, total, dots);
      modules.forEach((width, index) => {
        if (index % 2 === 0) context.fillRect(x, state.y, width * op.moduleWidth, op.height);
        x += width * op.moduleWidth;
      });
      state.y += op.height;
      if (op.hriBelow) {
        line.append(op.data);
        line.flushLine();
      }
      return;
    }
    case 'cut':
      startBlock();
      context.fillRect(0, state.y + 4, dots, 1);
      state.y += 8;
      return;
    case 'status-request':
    case 'unknown':
      return;
    default:
      assertNever(op);
  }
};

/** Crops the drawing to its used height and makes every pixel black or white. */
const cropTo1Bit = (context: SKRSContext2D, width: number, height: number): Buffer => {
  const image = context.getImageData(0, 0, width, height);
  for (let index = 0; index < image.data.length; index += 4) {
    const value = (image.data[index] ?? 255) < 128 ? 0 : 255;
    image.data[index] = value;
    image.data[index + 1] = value;
    image.data[index + 2] = value;
    image.data[index + 3] = 255;
  }
  const out = createCanvas(width, height);
  out.getContext('2d').putImageData(image, 0, 0);
  return out.toBuffer('image/png');
};

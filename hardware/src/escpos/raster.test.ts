import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { ensurePrintFont } from './font';
import { unbreakable, unbreakableSpace } from './format';
import {
  isInkShade,
  measureText,
  rasterFont,
  rasteriseLine,
  wrapText,
  type RasterImage,
  type TextStyle,
} from './raster';

const body = { sizeDots: 22, bold: false };

describe('wrapText', () => {
  it('breaks between words, every line within the width', () => {
    const text = '1. Tờ khai đăng ký khai sinh có yếu tố nước ngoài (Bản chính): 1';
    const lines = wrapText(text, body, 200);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(text);
    lines.forEach((line) => expect(measureText(line, body)).toBeLessThanOrEqual(200));
  });

  it('never breaks at a no-break space: "(Bản chính): 1" and "75.000 đ" stay whole', () => {
    const tail = `${unbreakable('(Bản chính):')}${unbreakableSpace}1`;
    const text = `1. Tờ khai đăng ký khai sinh ${tail}`;
    // Narrow enough that a plain space before "1" would have been the break.
    const width = measureText('1. Tờ khai đăng ký khai sinh (Bản chính):', body) + 4;
    const lines = wrapText(text, body, width);
    expect(lines.at(-1)).toBe(tail);
    expect(wrapText(`Tổng cộng: 75.000${unbreakableSpace}đ`, body, 150).at(-1)).toMatch(
      /75\.000\u00a0đ$/,
    );
  });

  it('leaves no single word alone on the last line when the line above can spare one', () => {
    const text = 'Vui lòng mang theo giấy này khi nhận kết quả.';
    const width = measureText('Vui lòng mang theo giấy này khi nhận kết', body) + 2;
    const lines = wrapText(text, body, width);
    expect(lines).toEqual(['Vui lòng mang theo giấy này khi nhận', 'kết quả.']);
    // A line of two words is not robbed: the widow stays.
    const twoWords = measureText('Tổng cộng', body) + 2;
    expect(wrapText('Tổng cộng tiền', body, twoWords)).toEqual(['Tổng cộng', 'tiền']);
  });
});

/** Every text size the ticket, receipt and checklist renderers use, plain and bold. */
const documentStyles: TextStyle[] = [18, 20, 22, 24, 30].flatMap((sizeDots) => [
  { sizeDots, bold: false },
  { sizeDots, bold: true },
]);

const dotsOf = (image: RasterImage): number =>
  image.data.reduce((sum, byte) => {
    let bits = 0;
    for (let rest = byte; rest > 0; rest >>= 1) bits += rest & 1;
    return sum + bits;
  }, 0);

/** The dots of a text drawn with room to spare on every side: nothing can be cut off. */
const unclippedDots = (text: string, style: TextStyle): number => {
  const [width, height, margin] = [800, 200, 80];
  const context = createCanvas(width, height).getContext('2d');
  context.fillStyle = '#fff';
  context.fillRect(0, 0, width, height);
  context.fillStyle = '#000';
  context.font = rasterFont(style);
  context.textBaseline = 'alphabetic';
  context.fillText(text.normalize('NFC'), margin, margin + style.sizeDots);
  const pixels = context.getImageData(0, 0, width, height).data;
  let dots = 0;
  for (let index = 0; index < pixels.length; index += 4) {
    if (isInkShade(pixels[index] ?? 255)) dots += 1;
  }
  return dots;
};

describe('rasteriseLine', () => {
  // Stacked marks above capitals (the tilde of "Ỗ" rises 24 dots above the baseline at 20 px
  // bold) and marks below descenders ("ỵ") are the ink furthest from the baseline.
  const texts = ['ỖỄẪỔ', 'ẲẴẨỂ', 'gỵ', 'Người nộp: NGUYỄN VĂN TỖ', 'Ợ Ỵ Ự Ặ j'];

  it.each(documentStyles)('cuts no ink off at $sizeDots px (bold: $bold)', (style) => {
    ensurePrintFont();
    for (const text of texts) {
      const image = rasteriseLine(text, style, 576);
      expect({ text, dots: dotsOf(image) }).toEqual({ text, dots: unclippedDots(text, style) });
      // The rows the printer feeds blank above and below: the ink touched neither edge.
      expect(image.blankAbove).toBeGreaterThan(0);
      expect(image.blankBelow).toBeGreaterThan(0);
    }
  });

  it('gives every line of one style the same height, marks or not, so lines stay evenly spaced', () => {
    const pitch = (text: string): number => {
      const image = rasteriseLine(text, { sizeDots: 20, bold: false }, 576);
      return image.blankAbove + image.height + image.blankBelow;
    };
    expect(pitch('Người nộp: NGUYỄN VĂN TỖ')).toBe(pitch('Số điện thoại'));
    expect(pitch('gỵ')).toBe(pitch('ỖỄẪỔ'));
  });
});

import { describe, expect, it } from 'vitest';
import { unbreakable, unbreakableSpace } from './format';
import { measureText, wrapText } from './raster';

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

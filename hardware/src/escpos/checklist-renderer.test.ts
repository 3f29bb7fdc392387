import { describe, expect, it } from 'vitest';
import { decodeEscPos, printedTextLines } from './escpos-decoder';
import { checklistLine } from './checklist-renderer';
import { renderDocument } from './render-document';
import { sampleChecklist } from './sample-documents';

const rastersOf = (bytes: Uint8Array): number =>
  decodeEscPos(bytes).filter((op) => op.op === 'raster').length;

describe.each([80, 58] as const)('a procedure checklist on %i mm paper', (paper) => {
  const bytes = renderDocument(sampleChecklist, paper);
  const decoded = decodeEscPos(bytes);

  it('initialises first, cuts last, and sends only commands we meant', () => {
    expect(decoded[0]).toEqual({ op: 'initialise' });
    expect(decoded.at(-1)).toEqual({ op: 'cut' });
    expect(decoded.filter((op) => op.op === 'unknown')).toEqual([]);
  });

  it('prints the procedure code and the date in the printer font, Vietnamese as raster', () => {
    const lines = printedTextLines(decoded);
    expect(lines).toContain('1.001193');
    // Footer date in the centre's time zone (02:05 UTC is 09:05 in Hà Nội).
    expect(lines).toContain('26/11/2026 09:05');
    expect(lines.join('\n')).not.toMatch(/[^\x20-\x7e\n]/);
    // Centre, title, name, 2 headings, 3 documents, fee, time, place, footer centre at least.
    expect(rastersOf(bytes)).toBeGreaterThanOrEqual(12);
    decoded.forEach((op) => {
      if (op.op === 'raster')
        expect(op.widthBytes * 8).toBeLessThanOrEqual(paper === 80 ? 576 : 384);
    });
  });
});

describe('checklist content', () => {
  it('prints one line more per document and per charged fee', () => {
    const base = rastersOf(renderDocument(sampleChecklist));
    const more = rastersOf(
      renderDocument({
        ...sampleChecklist,
        documents: [
          ...sampleChecklist.documents,
          { name: 'Giấy xác nhận cư trú', form: 'Bản sao', quantity: 1, required: true },
        ],
      }),
    );
    expect(more).toBe(base + 1);
    const charged = rastersOf(
      renderDocument({
        ...sampleChecklist,
        fees: [
          { name: 'Lệ phí', amountVnd: 8000 },
          { name: 'Phí sao y', amountVnd: 2000 },
        ],
      }),
    );
    // "Miễn phí" is replaced by the two fees.
    expect(charged).toBe(base + 1);
  });

  it('leaves out the place line when none is configured', () => {
    const base = rastersOf(renderDocument(sampleChecklist));
    expect(rastersOf(renderDocument({ ...sampleChecklist, whereToSubmit: '' }))).toBe(base - 1);
  });
});

describe('a checklist line', () => {
  it('counts copies as the screen does, and marks an optional document once', () => {
    expect(
      checklistLine({ name: 'Tờ khai', form: 'Bản chính', quantity: 2, required: true }, 0),
    ).toBe('1. Tờ khai: Bản chính, 2 bản');
    expect(
      checklistLine({ name: 'Giấy tờ khác', form: 'Bản sao', quantity: 1, required: false }, 1),
    ).toBe('2. Giấy tờ khác (nếu có): Bản sao, 1 bản');
    expect(
      checklistLine(
        {
          name: 'Văn bản ủy quyền (nếu nộp thay)',
          form: 'Bản chính',
          quantity: 1,
          required: false,
        },
        2,
      ),
    ).toBe('3. Văn bản ủy quyền (nếu nộp thay): Bản chính, 1 bản');
  });
});

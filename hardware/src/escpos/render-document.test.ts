import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeEscPos, printedTextLines, type EscPosOp } from './escpos-decoder';
import { diffPngs } from './image-diff';
import { renderPreview } from './preview';
import { renderDocument } from './render-document';
import { sampleReceipt, sampleTicket } from './sample-documents';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../test-fixtures');
const ops = (bytes: Uint8Array): EscPosOp[] => decodeEscPos(bytes);
const hasZbar = existsSync('/usr/bin/zbarimg');

/** What zbarimg reads from a PNG, one `TYPE:data` per symbol. */
const scanPng = (png: Buffer): string[] => {
  const folder = mkdtempSync(path.join(tmpdir(), 'openops-zbar-'));
  const file = path.join(folder, 'preview.png');
  try {
    writeFileSync(file, png);
    return execFileSync(
      'zbarimg',
      ['-q', '--raw', '-Sdisable', '-Sqrcode.enable', '-Scode128.enable', file],
      { encoding: 'utf8' },
    )
      .trim()
      .split('\n');
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
};

describe.each([80, 58] as const)('a Vietnamese ticket on %i mm paper', (paper) => {
  const bytes = renderDocument(sampleTicket, paper);
  const decoded = ops(bytes);

  it('stays under 10 KB so a 115200-baud printer takes under a second', () => {
    expect(bytes.length).toBeLessThan(10 * 1024);
  });

  it('initialises first and cuts last', () => {
    expect(decoded[0]).toEqual({ op: 'initialise' });
    expect(decoded.at(-1)).toEqual({ op: 'cut' });
  });

  it('prints the number as large text in the printer font', () => {
    const index = decoded.findIndex((op) => op.op === 'text' && op.text === 'A025');
    expect(index).toBeGreaterThan(0);
    expect(
      decoded
        .slice(0, index)
        .filter((op) => op.op === 'size')
        .at(-1),
    ).toMatchObject({
      op: 'size',
      height: paper === 80 ? 4 : 3,
    });
  });

  it('sends Vietnamese lines as raster and only ASCII as text', () => {
    expect(decoded.filter((op) => op.op === 'raster').length).toBeGreaterThanOrEqual(5);
    const text = printedTextLines(decoded).join('\n');
    expect(text).toContain('26/11/2026 09:05');
    expect(text).toContain('Please wait for your number');
    expect(text).not.toMatch(/[^\x20-\x7e\n]/);
    // The unknown-op bucket stays empty: every byte is a command we meant to send.
    expect(decoded.filter((op) => op.op === 'unknown')).toEqual([]);
  });

  it('prints the tracking QR with GS ( k', () => {
    expect(decoded.find((op) => op.op === 'qr')).toMatchObject({ data: sampleTicket.qrPayload });
  });

  it('previews exactly as the stored reference image', async () => {
    const preview = renderPreview(bytes, paper);
    const diff = await diffPngs(preview, readFileSync(path.join(fixtures, `ticket-${paper}.png`)));
    expect(diff.sameSize).toBe(true);
    expect(diff.fraction).toBeLessThan(0.002);
  });

  it.skipIf(!hasZbar)('prints a QR that a scanner reads', () => {
    expect(scanPng(renderPreview(bytes, paper))).toContain(sampleTicket.qrPayload);
  });
});

describe.each([80, 58] as const)('a dossier receipt on %i mm paper', (paper) => {
  const bytes = renderDocument(sampleReceipt, paper);
  const decoded = ops(bytes);

  it('carries the code as text, QR and CODE128', () => {
    expect(printedTextLines(decoded)).toContain(sampleReceipt.dossierCode);
    expect(decoded.find((op) => op.op === 'qr')).toMatchObject({ data: sampleReceipt.dossierCode });
    expect(decoded.find((op) => op.op === 'code128')).toMatchObject({
      data: sampleReceipt.dossierCode,
      hriBelow: true,
    });
  });

  it('previews exactly as the stored reference image', async () => {
    const preview = renderPreview(bytes, paper);
    const diff = await diffPngs(preview, readFileSync(path.join(fixtures, `receipt-${paper}.png`)));
    expect(diff.sameSize).toBe(true);
    expect(diff.fraction).toBeLessThan(0.002);
  });

  it.skipIf(!hasZbar)('prints a QR and a barcode that a scanner reads back as the code', () => {
    const symbols = scanPng(renderPreview(bytes, paper));
    expect(symbols.filter((symbol) => symbol === sampleReceipt.dossierCode)).toHaveLength(2);
  });
});

describe('documents with awkward content', () => {
  it('wraps a very long service name instead of cutting it', () => {
    const long = {
      ...sampleTicket,
      serviceName: 'Đăng ký kết hôn có yếu tố nước ngoài '.repeat(4).trim(),
    };
    const rasters = decodeEscPos(renderDocument(long)).filter((op) => op.op === 'raster');
    const short = decodeEscPos(renderDocument(sampleTicket)).filter((op) => op.op === 'raster');
    expect(rasters.length).toBeGreaterThan(short.length + 1);
    rasters.forEach((op) =>
      expect(op.op === 'raster' && op.widthBytes * 8).toBeLessThanOrEqual(576),
    );
  });

  it('omits the wait line when the server has no estimate', () => {
    const withEstimate = decodeEscPos(renderDocument(sampleTicket)).filter(
      (op) => op.op === 'raster',
    );
    const without = decodeEscPos(
      renderDocument({ ...sampleTicket, estimatedWaitMinutes: null }),
    ).filter((op) => op.op === 'raster');
    expect(without.length).toBe(withEstimate.length - 1);
  });

  it('escapes a { in a CODE128 code', () => {
    const receipt = { ...sampleReceipt, dossierCode: 'AB{C-1' };
    expect(decodeEscPos(renderDocument(receipt)).find((op) => op.op === 'code128')).toMatchObject({
      data: 'AB{C-1',
    });
  });
});

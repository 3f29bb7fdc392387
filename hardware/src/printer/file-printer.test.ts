import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { printedTextLines, decodeEscPos } from '../escpos/escpos-decoder';
import { renderDocument } from '../escpos/render-document';
import { sampleTicket } from '../escpos/sample-documents';
import { createPrinter } from './create-printer';
import { PrintError } from './printer-driver';

const folders: string[] = [];
afterEach(() =>
  folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })),
);

const scratch = (): string => {
  const folder = mkdtempSync(path.join(tmpdir(), 'openops-file-printer-'));
  folders.push(folder);
  return folder;
};

describe('file printer', () => {
  it('writes each job as the bytes sent and a PNG of the slip, in the order printed', async () => {
    const folder = path.join(scratch(), 'printed');
    const printer = createPrinter(`file:${folder}`);
    expect(await printer.status()).toEqual({ state: 'ready', faults: [] });
    const bytes = renderDocument(sampleTicket, printer.paper);
    await printer.print(bytes);
    await printer.print(bytes);
    const files = readdirSync(folder).sort();
    expect(files).toHaveLength(4);
    expect(files.map((file) => path.extname(file))).toEqual(['.bin', '.png', '.bin', '.png']);
    const [firstBin, firstPng] = files as [string, string];
    expect(firstBin.replace('.bin', '')).toBe(firstPng.replace('.png', ''));
    const sent = readFileSync(path.join(folder, firstBin));
    expect(printedTextLines(decodeEscPos(sent)).join('\n')).toContain(sampleTicket.ticketNumber);
    expect(readFileSync(path.join(folder, firstPng)).subarray(1, 4).toString('ascii')).toBe('PNG');
  });

  it('reports a folder it cannot write as offline, and refuses the job with that reason', async () => {
    // Under a file, not a folder: no one can create it, root included.
    const blocker = path.join(scratch(), 'not-a-folder');
    writeFileSync(blocker, '');
    const printer = createPrinter(`file:${path.join(blocker, 'printed')}`);
    expect(await printer.status()).toEqual({ state: 'disconnected', faults: ['offline'] });
    await expect(printer.print(new Uint8Array([0x1b, 0x40]))).rejects.toBeInstanceOf(PrintError);
  });
});

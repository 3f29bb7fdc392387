import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildHidPosReport, parseHidPosReport } from './hid-pos-report';
import { createHidPosAssembler } from './hid-scanner';
import { createLineAssembler } from './line-assembler';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../test-fixtures');
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('serial scanner lines', () => {
  it('splits CR, LF and CR LF lines, across chunks, as UTF-8', () => {
    const garbage: string[] = [];
    const lines = createLineAssembler((_n, reason) => garbage.push(reason));
    expect(lines.push(bytes('000.00.06.H56-2310'))).toEqual([]);
    expect(lines.push(bytes('27-0361\r\nNguyễn\nLH-7K3Q9P\r'))).toEqual([
      '000.00.06.H56-231027-0361',
      'Nguyễn',
      'LH-7K3Q9P',
    ]);
    expect(garbage).toEqual([]);
  });

  it('drops control bytes, bad UTF-8 and over-long lines as garbage', () => {
    const garbage: string[] = [];
    const lines = createLineAssembler((_n, reason) => garbage.push(reason), 10);
    expect(lines.push(Uint8Array.of(0x41, 0x01, 0x42, 0x0d))).toEqual([]);
    expect(lines.push(Uint8Array.of(0xc3, 0x28, 0x0a))).toEqual([]);
    expect(lines.push(bytes(`${'x'.repeat(100)}\nok\n`))).toEqual(['ok']);
    expect(garbage).toEqual([
      'control bytes inside a scan',
      'scan is not valid UTF-8',
      'scan longer than the limit',
    ]);
  });
});

describe('HID-POS reports', () => {
  it('reassembles a CCCD QR recorded as two reports', () => {
    const recorded = (
      JSON.parse(readFileSync(path.join(fixtures, 'hid-pos-cccd.json'), 'utf8')) as string[]
    ).map((hex) => Uint8Array.from(hex.match(/../g) ?? [], (pair) => parseInt(pair, 16)));
    const scans: string[] = [];
    const garbage: string[] = [];
    const feed = createHidPosAssembler(
      (text) => scans.push(text),
      (_n, reason) => garbage.push(reason),
    );
    recorded.forEach(feed);
    expect(garbage).toEqual([]);
    expect(scans).toHaveLength(1);
    expect(scans[0]?.split('|')[2]).toBe('Nguyễn Văn An');
  });

  it('refuses a report of another kind and resets', () => {
    const scans: string[] = [];
    const garbage: string[] = [];
    const feed = createHidPosAssembler(
      (text) => scans.push(text),
      (_n, reason) => garbage.push(reason),
    );
    feed(buildHidPosReport(bytes('PART'), true));
    feed(Uint8Array.of(0x01, 0x00, 0x04));
    feed(buildHidPosReport(bytes('LH-7K3Q9P'), false));
    expect(scans).toEqual(['LH-7K3Q9P']);
    expect(garbage).toEqual(['not a HID-POS scan report']);
  });

  it('rejects a length over the data area', () => {
    const report = buildHidPosReport(bytes('x'), false);
    report[1] = 200;
    expect(parseHidPosReport(report)).toBeNull();
  });
});

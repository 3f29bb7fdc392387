import { describe, expect, it } from 'vitest';
import { escpos } from './commands';
import { decodeEscPos } from './escpos-decoder';

describe('decodeEscPos', () => {
  it('reads status requests and a raster image', () => {
    const bytes = Uint8Array.of(
      ...escpos.statusRequest('paper'),
      ...escpos.raster(1, 2, Uint8Array.of(0x80, 0x01)),
    );
    expect(decodeEscPos(bytes)).toEqual([
      { op: 'status-request', n: 4 },
      { op: 'raster', widthBytes: 1, height: 2, data: Uint8Array.of(0x80, 0x01) },
    ]);
  });

  it.each([
    ['a raster cut short', escpos.raster(10, 10, new Uint8Array(5))],
    ['a QR store cut short', escpos.qr('hello').slice(0, 30)],
    ['a lone ESC', Uint8Array.of(0x1b)],
  ])('turns %s into an unknown op instead of throwing', (_label, bytes) => {
    expect(decodeEscPos(bytes).some((op) => op.op === 'unknown')).toBe(true);
  });

  it('survives random bytes', () => {
    let seed = 7;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed & 0xff;
    };
    for (let round = 0; round < 50; round += 1) {
      const bytes = Uint8Array.from({ length: 500 }, random);
      expect(() => decodeEscPos(bytes)).not.toThrow();
    }
  });
});

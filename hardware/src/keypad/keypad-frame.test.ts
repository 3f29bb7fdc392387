import { describe, expect, it } from 'vitest';
import { createFrameDecoder, encodeFrame, encodeHidReport, frameTypes } from './keypad-frame';

const key = (seq: number, button: number): Uint8Array =>
  encodeFrame({ type: frameTypes.key, seq, payload: Uint8Array.of(button) });

const decoderWithGarbage = (padding = false) => {
  const garbage: string[] = [];
  const decoder = createFrameDecoder((_bytes, reason) => garbage.push(reason), { padding });
  return { decoder, garbage };
};

describe('keypad frames', () => {
  it('encodes STX TYPE SEQ LEN PAYLOAD CHK ETX with an XOR checksum', () => {
    expect(Array.from(key(7, 2))).toEqual([
      0x02,
      0x4b,
      0x07,
      0x01,
      0x02,
      0x4b ^ 0x07 ^ 0x01 ^ 0x02,
      0x03,
    ]);
  });

  it('decodes frames split across chunks', () => {
    const { decoder, garbage } = decoderWithGarbage();
    const bytes = Uint8Array.of(...key(1, 3), ...key(2, 1));
    expect(decoder.push(bytes.slice(0, 5))).toEqual([]);
    expect(decoder.push(bytes.slice(5)).map((frame) => frame.payload[0])).toEqual([3, 1]);
    expect(garbage).toEqual([]);
  });

  it('drops a corrupt frame, counts it, and finds the next one', () => {
    const { decoder, garbage } = decoderWithGarbage();
    const corrupt = key(1, 3);
    corrupt[4] = 9;
    const frames = decoder.push(Uint8Array.of(0xff, 0x13, ...corrupt, ...key(2, 2)));
    expect(frames).toHaveLength(1);
    expect(frames[0]).toMatchObject({ seq: 2 });
    expect(garbage.length).toBeGreaterThanOrEqual(2);
  });

  it('refuses an impossible length without waiting forever', () => {
    const { decoder, garbage } = decoderWithGarbage();
    expect(decoder.push(Uint8Array.of(0x02, 0x4b, 0x01, 0xf0, ...key(3, 1)))).toHaveLength(1);
    expect(garbage).toContain('frame length over the limit');
  });

  it('reads recorded HID reports, ignoring their zero padding', () => {
    // Two 32-byte input reports as captured from a keypad in HID mode.
    const recorded = [
      '024b0301024b0300000000000000000000000000000000000000000000000000',
      '0261030141220300000000000000000000000000000000000000000000000000',
    ].map((hex) => Uint8Array.from(hex.match(/../g) ?? [], (pair) => parseInt(pair, 16)));
    const { decoder, garbage } = decoderWithGarbage(true);
    const frames = recorded.flatMap((report) => decoder.push(report));
    expect(frames.map((frame) => frame.type)).toEqual([frameTypes.key, frameTypes.ack]);
    expect(garbage).toEqual([]);
    expect(
      encodeHidReport({ type: frameTypes.key, seq: 3, payload: Uint8Array.of(2) }).length,
    ).toBe(32);
  });
});

/**
 * OpenOPS rating keypad frames (docs/keypad-protocol.md):
 * `STX(0x02) TYPE SEQ LEN PAYLOAD[LEN] CHK ETX(0x03)`, CHK = XOR of TYPE, SEQ, LEN and the
 * payload. LEN is at most 16. The same frames travel over serial and, zero-padded to 32
 * bytes, in HID reports.
 */
export const STX = 0x02;
export const ETX = 0x03;
export const maxPayload = 16;
export const hidReportBytes = 32;

export const frameTypes = {
  /** host → keypad: arm. Payload: buttons (3..5), timeout seconds, LED prompt (0 off, 1 blink, 2 on). */
  arm: 0x41,
  /** host → keypad: disarm; LEDs off. No payload. */
  disarm: 0x44,
  /** host → keypad: are you there? No payload; answered with status. */
  ping: 0x50,
  /** keypad → host: a key press. Payload: button (1..5). SEQ echoes the arm it answers. */
  key: 0x4b,
  /** keypad → host: acknowledges the frame with SEQ. Payload: the acknowledged TYPE. */
  ack: 0x61,
  /** keypad → host: status. Payload: buttons, firmware version. */
  status: 0x53,
} as const;
export type FrameTypeName = keyof typeof frameTypes;

export type KeypadFrame = { type: number; seq: number; payload: Uint8Array };

const checksum = (type: number, seq: number, payload: Uint8Array): number =>
  payload.reduce((sum, byte) => sum ^ byte, type ^ seq ^ payload.length);

export const encodeFrame = ({ type, seq, payload }: KeypadFrame): Uint8Array => {
  if (payload.length > maxPayload) throw new RangeError(`payload over ${maxPayload} bytes`);
  return Uint8Array.of(
    STX,
    type,
    seq & 0xff,
    payload.length,
    ...payload,
    checksum(type, seq & 0xff, payload),
    ETX,
  );
};

/** A frame padded into a HID report. */
export const encodeHidReport = (frame: KeypadFrame): Uint8Array => {
  const report = new Uint8Array(hidReportBytes);
  report.set(encodeFrame(frame));
  return report;
};

export type FrameDecoder = {
  /** Feeds bytes; returns complete, valid frames. */
  push: (chunk: Uint8Array) => KeypadFrame[];
};

/**
 * Finds frames in a byte stream. Bytes before an STX, frames with a bad checksum or a
 * missing ETX, and over-long lengths are reported as garbage; the decoder resynchronises
 * on the next STX so one corrupt byte costs one frame at most. `padding` (HID reports) lets
 * zero bytes between frames pass silently.
 */
export const createFrameDecoder = (
  onGarbage: (bytes: number, reason: string) => void,
  options: { padding?: boolean } = {},
): FrameDecoder => {
  let buffer: number[] = [];
  return {
    push: (chunk) => {
      buffer.push(...chunk);
      const frames: KeypadFrame[] = [];
      for (;;) {
        const start = buffer.indexOf(STX);
        if (start < 0) {
          const noise = options.padding
            ? buffer.filter((byte) => byte !== 0).length
            : buffer.length;
          if (noise > 0) onGarbage(noise, 'bytes outside a frame');
          buffer = [];
          break;
        }
        if (start > 0) {
          const skipped = buffer.slice(0, start);
          const noise = options.padding
            ? skipped.filter((byte) => byte !== 0).length
            : skipped.length;
          if (noise > 0) onGarbage(noise, 'bytes outside a frame');
          buffer = buffer.slice(start);
        }
        if (buffer.length < 4) break;
        const [, type = 0, seq = 0, length = 0] = buffer;
        if (length > maxPayload) {
          onGarbage(1, 'frame length over the limit');
          buffer = buffer.slice(1);
          continue;
        }
        const total = 4 + length + 2;
        if (buffer.length < total) break;
        const payload = Uint8Array.from(buffer.slice(4, 4 + length));
        const valid =
          buffer[total - 1] === ETX && buffer[total - 2] === checksum(type, seq, payload);
        if (!valid) {
          onGarbage(1, 'bad checksum or missing ETX');
          buffer = buffer.slice(1);
          continue;
        }
        frames.push({ type, seq, payload });
        buffer = buffer.slice(total);
      }
      return frames;
    },
  };
};

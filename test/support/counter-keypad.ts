import { openPtyDevice, type PtyDevice } from './counter-pty';

/**
 * The test plays an OpenOPS rating keypad on a pty (docs/keypad-protocol.md): frames are
 * STX TYPE SEQ LEN PAYLOAD CHK ETX with CHK the XOR of TYPE, SEQ, LEN and the payload.
 */
const stx = 0x02;
const etx = 0x03;
const types = { arm: 0x41, key: 0x4b, ack: 0x61 } as const;

export const keypadFrame = (type: number, seq: number, payload: readonly number[]): Buffer => {
  const checksum = [type, seq, payload.length, ...payload].reduce((sum, byte) => sum ^ byte, 0);
  return Buffer.from([stx, type, seq, payload.length, ...payload, checksum, etx]);
};

type ArmFrame = { seq: number; buttons: number; timeoutSeconds: number };

/** Arm frames found in the bytes the agent sent, oldest first. */
export const armFramesIn = (bytes: Buffer): ArmFrame[] => {
  const frames: ArmFrame[] = [];
  for (let at = 0; at + 4 < bytes.length; at += 1) {
    if (bytes[at] !== stx || bytes[at + 1] !== types.arm) continue;
    const seq = bytes[at + 2] ?? 0;
    const length = bytes[at + 3] ?? 0;
    if (length !== 3 || bytes[at + 4 + length + 1] !== etx) continue;
    frames.push({ seq, buttons: bytes[at + 4] ?? 0, timeoutSeconds: bytes[at + 5] ?? 0 });
  }
  return frames;
};

export type KeypadDevice = {
  /** Waits for the agent to arm the keypad (after `previousArms` earlier arms) and acknowledges it. */
  waitForArm: (previousArms?: number) => Promise<ArmFrame>;
  /** The citizen presses `button` (1 = Rất hài lòng on a 3-button keypad) for the arm `seq`. */
  press: (seq: number, button: number) => void;
  close: () => void;
};

export const openKeypadDevice = (path: string): KeypadDevice => {
  const device: PtyDevice = openPtyDevice(path);
  return {
    waitForArm: async (previousArms = 0) => {
      const bytes = await device.waitFor((received) => armFramesIn(received).length > previousArms);
      const arm = armFramesIn(bytes)[previousArms];
      if (!arm) throw new Error('arm frame vanished');
      device.write(keypadFrame(types.ack, arm.seq, [types.arm]));
      return arm;
    },
    press: (seq, button) => device.write(keypadFrame(types.key, seq, [button])),
    close: device.close,
  };
};

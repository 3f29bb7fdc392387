import type { KeypadArm } from '@openops/protocol';

/**
 * Whether a keypad is armed, for one press. Pure over an injected clock: a press counts only
 * inside the window of the latest arm and only once; anything else is ignored and counted.
 */
export type ArmWindow = {
  arm: (arm: KeypadArm) => number;
  disarm: (armId: string) => void;
  /** The arm a press of `seq` answers, consuming it; null (and counted) when none. */
  press: (seq: number | null) => KeypadArm | null;
  current: () => (KeypadArm & { seq: number }) | null;
  ignored: () => number;
};

export const createArmWindow = (now: () => number = Date.now): ArmWindow => {
  let armed: (KeypadArm & { seq: number; until: number }) | null = null;
  let nextSeq = 1;
  let ignoredCount = 0;
  const live = (): typeof armed => {
    if (armed && now() > armed.until) armed = null;
    return armed;
  };
  return {
    arm: (arm) => {
      const seq = nextSeq;
      nextSeq = (nextSeq % 255) + 1;
      armed = { ...arm, seq, until: now() + arm.timeoutSeconds * 1000 };
      return seq;
    },
    disarm: (armId) => {
      if (armed?.armId === armId) armed = null;
    },
    press: (seq) => {
      const current = live();
      if (!current || (seq !== null && seq !== current.seq)) {
        ignoredCount += 1;
        return null;
      }
      armed = null;
      const { armId, buttons, timeoutSeconds } = current;
      return { armId, buttons, timeoutSeconds };
    },
    current: () => {
      const current = live();
      return current
        ? {
            armId: current.armId,
            buttons: current.buttons,
            timeoutSeconds: current.timeoutSeconds,
            seq: current.seq,
          }
        : null;
    },
    ignored: () => ignoredCount,
  };
};

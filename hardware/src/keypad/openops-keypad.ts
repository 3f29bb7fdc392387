import type { KeypadButtonCount, KeypadPress } from '@openops/protocol';
import { createLogger } from '@openops/protocol/logger';
import { createGarbageCounter } from '../transport/garbage-counter';
import { createArmWindow } from './arm-window';
import type { KeypadDriver } from './keypad-driver';
import { createFrameDecoder, frameTypes, type KeypadFrame } from './keypad-frame';

const log = createLogger('keypad');

/** LED prompt while armed: blink all buttons. */
const ledBlink = 1;

/** What the keypad protocol needs from a transport (a serial link or a HID link adapter). */
export type FramePort = {
  isOpen: () => boolean;
  onOpenChange: (listener: (open: boolean) => void) => void;
  /** Raw bytes in; HID ports pass each report. */
  onBytes: (listener: (chunk: Uint8Array) => void) => void;
  sendFrame: (frame: KeypadFrame) => Promise<void>;
  /** True when reports are zero-padded (HID). */
  padded: boolean;
  close: () => Promise<void>;
};

/** The OpenOPS keypad protocol (docs/keypad-protocol.md) over any frame port. */
export const createOpenOpsKeypad = (
  uri: string,
  buttons: KeypadButtonCount,
  port: FramePort,
  now: () => number = Date.now,
): KeypadDriver => {
  const garbage = createGarbageCounter(log, uri);
  const window = createArmWindow(now);
  const decoder = createFrameDecoder((bytes, reason) => garbage.add(bytes, reason), {
    padding: port.padded,
  });
  const pressListeners = new Set<(press: KeypadPress) => void>();
  const changeListeners = new Set<() => void>();

  const handle = (frame: KeypadFrame): void => {
    if (frame.type === frameTypes.key) {
      const button = frame.payload[0] ?? 0;
      const arm = window.current();
      if (arm && (button < 1 || button > arm.buttons)) {
        garbage.add(1, `button ${button} outside 1..${arm.buttons}`);
        return;
      }
      const answered = window.press(frame.seq);
      if (!answered) {
        log.info('key press outside an armed window ignored', {
          uri,
          button,
          seq: frame.seq,
          ignored: window.ignored(),
        });
        changeListeners.forEach((listener) => listener());
        return;
      }
      void port
        .sendFrame({ type: frameTypes.disarm, seq: frame.seq, payload: new Uint8Array(0) })
        .catch(() => {});
      const press = { armId: answered.armId, button, pressedAt: new Date(now()).toISOString() };
      pressListeners.forEach((listener) => listener(press));
      return;
    }
    if (frame.type === frameTypes.ack || frame.type === frameTypes.status) return;
    garbage.add(1, `unexpected frame type 0x${frame.type.toString(16)}`);
  };

  port.onBytes((chunk) => decoder.push(chunk).forEach(handle));
  port.onOpenChange(() => changeListeners.forEach((listener) => listener()));

  return {
    uri,
    buttons,
    arm: async (arm) => {
      const seq = window.arm(arm);
      await port.sendFrame({
        type: frameTypes.arm,
        seq,
        payload: Uint8Array.of(arm.buttons, Math.min(255, arm.timeoutSeconds), ledBlink),
      });
    },
    disarm: async (armId) => {
      const current = window.current();
      window.disarm(armId);
      if (current?.armId === armId) {
        await port.sendFrame({
          type: frameTypes.disarm,
          seq: current.seq,
          payload: new Uint8Array(0),
        });
      }
    },
    onPress: (listener) => {
      pressListeners.add(listener);
    },
    onChange: (listener) => {
      changeListeners.add(listener);
    },
    condition: () =>
      port.isOpen()
        ? { state: 'ready', faults: [] }
        : { state: 'disconnected', faults: ['unplugged'] },
    garbageCount: garbage.total,
    ignoredPresses: window.ignored,
    close: () => port.close(),
  };
};

import type { KeypadArm, KeypadButtonCount, KeypadPress } from '@openops/protocol';
import type { PrinterCondition } from '../printer/printer-driver';

/**
 * One rating keypad. Our own protocol is one implementation; a vendor model implements the
 * same interface in its own file and is chosen with `?model=` in the device URI.
 */
export type KeypadDriver = {
  readonly uri: string;
  readonly buttons: KeypadButtonCount;
  /** Lights the keypad and accepts one press until the window ends. */
  arm: (arm: KeypadArm) => Promise<void>;
  disarm: (armId: string) => Promise<void>;
  /** Called with the one press of an armed window; other presses are ignored and counted. */
  onPress: (listener: (press: KeypadPress) => void) => void;
  onChange: (listener: () => void) => void;
  condition: () => PrinterCondition;
  garbageCount: () => number;
  ignoredPresses: () => number;
  close: () => Promise<void>;
};

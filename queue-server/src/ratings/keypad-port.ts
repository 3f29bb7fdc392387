import {
  fail,
  type ArmKeypadRequest,
  type KeypadArmed,
  type KeypadRatedEvent,
  type Reply,
} from '@openops/protocol';

/**
 * What ratings need from the hardware side: arm a counter's keypad through the agent bound to the
 * counter PC, disarm it when the officer moves on, and hear the citizen's press. The hardware
 * engineer's keypad dispatcher implements it; until one is passed in, `noKeypads` answers that no
 * keypad is attached and every rating falls back to a kiosk or tablet page.
 */
export type KeypadPort = {
  arm: (request: ArmKeypadRequest) => Promise<Reply<KeypadArmed>>;
  disarm: (armId: string) => void;
  /** Registers the listener for presses in armed windows; called once at start-up. */
  onRated: (listener: (event: KeypadRatedEvent) => void) => void;
};

export const noKeypads: KeypadPort = {
  arm: () => Promise.resolve(fail('not-found', 'Quầy này không có bàn phím đánh giá đang kết nối')),
  disarm: () => undefined,
  onRated: () => undefined,
};

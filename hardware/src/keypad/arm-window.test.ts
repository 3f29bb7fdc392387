import { describe, expect, it } from 'vitest';
import { createArmWindow } from './arm-window';

describe('arm window', () => {
  const arm = { armId: 'a1', buttons: 3 as const, timeoutSeconds: 30 };

  it('takes one press in the window and ignores the next', () => {
    let now = 0;
    const window = createArmWindow(() => now);
    const seq = window.arm(arm);
    now = 10_000;
    expect(window.press(seq)).toEqual(arm);
    expect(window.press(seq)).toBeNull();
    expect(window.ignored()).toBe(1);
  });

  it('ignores and counts presses before arming, after the window, and for an older arm', () => {
    let now = 0;
    const window = createArmWindow(() => now);
    expect(window.press(1)).toBeNull();
    const first = window.arm(arm);
    const second = window.arm({ ...arm, armId: 'a2' });
    expect(window.press(first)).toBeNull();
    now = 31_000;
    expect(window.press(second)).toBeNull();
    expect(window.ignored()).toBe(3);
  });

  it('stops accepting once disarmed', () => {
    const window = createArmWindow(() => 0);
    const seq = window.arm(arm);
    window.disarm('a1');
    expect(window.press(seq)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { characterOfKey, createWedgeDetector, type WedgeResult } from './wedge-detector';

type Key = { code: string; shiftKey?: boolean };

/** Feeds keys `gapMs` apart and returns the last result. */
const type = (keys: readonly Key[], gapMs: number, start = 1000): WedgeResult[] => {
  const detector = createWedgeDetector();
  return keys.map((key, index) =>
    detector.feed({
      code: key.code,
      shiftKey: key.shiftKey ?? false,
      timeStamp: start + index * gapMs,
    }),
  );
};

const keysOf = (text: string): Key[] =>
  Array.from(text).map((character) => {
    if (/[a-z]/.test(character)) return { code: `Key${character.toUpperCase()}` };
    if (/[A-Z]/.test(character)) return { code: `Key${character}`, shiftKey: true };
    if (/\d/.test(character)) return { code: `Digit${character}` };
    if (character === '-') return { code: 'Minus' };
    if (character === '.') return { code: 'Period' };
    throw new Error(`no key for ${character}`);
  });

describe('keyboard-wedge detector', () => {
  it('turns a fast burst ending in Enter into a scan', () => {
    const results = type([...keysOf('000.00.06.H56-231027-0361'), { code: 'Enter' }], 4);
    expect(results.at(-1)).toEqual({ kind: 'scan', text: '000.00.06.H56-231027-0361' });
  });

  it('leaves slow typing alone', () => {
    const results = type([...keysOf('LH-7K3Q9P'), { code: 'Enter' }], 180);
    expect(results.every((result) => result.kind === 'typing')).toBe(true);
  });

  it('reads physical keys, so a Telex input method turning "dd" into "đ" changes nothing', () => {
    // With Telex on, Chromium reports key "Process" / "đ" but the codes stay KeyD, KeyD.
    const results = type([...keysOf('ddaa1234'), { code: 'Enter' }], 3);
    expect(results.at(-1)).toEqual({ kind: 'scan', text: 'ddaa1234' });
  });

  it('ignores Shift between characters and refuses too-short bursts', () => {
    const detector = createWedgeDetector({ minLength: 4 });
    detector.feed({ code: 'KeyA', shiftKey: false, timeStamp: 0 });
    detector.feed({ code: 'ShiftLeft', shiftKey: true, timeStamp: 2 });
    detector.feed({ code: 'KeyB', shiftKey: true, timeStamp: 4 });
    expect(detector.feed({ code: 'Enter', shiftKey: false, timeStamp: 6 })).toEqual({
      kind: 'typing',
    });
  });

  it('starts over after a pause inside a burst', () => {
    const detector = createWedgeDetector();
    'abcd'
      .split('')
      .forEach((c, i) =>
        detector.feed({ code: `Key${c.toUpperCase()}`, shiftKey: false, timeStamp: i * 5 }),
      );
    '1234'
      .split('')
      .forEach((c, i) =>
        detector.feed({ code: `Digit${c}`, shiftKey: false, timeStamp: 1000 + i * 5 }),
      );
    expect(detector.feed({ code: 'Enter', shiftKey: false, timeStamp: 1020 })).toEqual({
      kind: 'scan',
      text: '1234',
    });
  });

  it('maps shifted symbols like the CCCD separator', () => {
    expect(characterOfKey('Backslash', true)).toBe('|');
    expect(characterOfKey('Digit2', true)).toBe('@');
    expect(characterOfKey('Numpad7', false)).toBe('7');
    expect(characterOfKey('F5', false)).toBeNull();
  });
});

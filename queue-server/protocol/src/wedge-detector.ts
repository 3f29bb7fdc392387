/**
 * Tells a keyboard-wedge barcode scanner from a person typing, in the renderer.
 *
 * A scanner "types" a whole code in a burst (a few ms between keys) and ends it with Enter or
 * Tab; a person types far slower. Characters are read from the physical key (`code`) and
 * Shift, not from `key`, so a Vietnamese input method (Telex/VNI turning `dd` into `đ` or
 * reporting `Process`) cannot alter what the scanner sent. Pure: the caller feeds key events
 * with their timestamps and acts on the result.
 */
export type WedgeKey = {
  /** `KeyboardEvent.code`: the physical key, e.g. `KeyA`, `Digit1`, `Enter`. */
  code: string;
  shiftKey: boolean;
  /** `KeyboardEvent.timeStamp` in ms. */
  timeStamp: number;
};

export type WedgeOptions = {
  /** Longest gap between two keys of one scan. Default 50 ms. */
  maxGapMs?: number;
  /** Fewest characters a scan has. Default 4. */
  minLength?: number;
  /** Keys that end a scan. Default Enter, NumpadEnter and Tab. */
  terminators?: readonly string[];
};

export type WedgeResult =
  /** A scan ended: the caller swallows the terminator and uses `text`. */
  | { kind: 'scan'; text: string }
  /** The key is part of a burst that may be a scan: the caller may hold it back. */
  | { kind: 'pending' }
  /** Ordinary typing; the caller lets the key through. */
  | { kind: 'typing' };

const unshifted: Record<string, string> = {
  Minus: '-',
  Equal: '=',
  BracketLeft: '[',
  BracketRight: ']',
  Backslash: '\\',
  Semicolon: ';',
  Quote: "'",
  Comma: ',',
  Period: '.',
  Slash: '/',
  Backquote: '`',
  Space: ' ',
};
const shifted: Record<string, string> = {
  Digit1: '!',
  Digit2: '@',
  Digit3: '#',
  Digit4: '$',
  Digit5: '%',
  Digit6: '^',
  Digit7: '&',
  Digit8: '*',
  Digit9: '(',
  Digit0: ')',
  Minus: '_',
  Equal: '+',
  BracketLeft: '{',
  BracketRight: '}',
  Backslash: '|',
  Semicolon: ':',
  Quote: '"',
  Comma: '<',
  Period: '>',
  Slash: '?',
  Backquote: '~',
  Space: ' ',
};

/** The US-layout character of a physical key, or null for keys that type nothing. */
export const characterOfKey = (code: string, shiftKey: boolean): string | null => {
  const letter = /^Key([A-Z])$/.exec(code);
  if (letter?.[1]) return shiftKey ? letter[1] : letter[1].toLowerCase();
  const digit = /^(?:Digit|Numpad)(\d)$/.exec(code);
  if (digit?.[1]) return shiftKey && code.startsWith('Digit') ? (shifted[code] ?? null) : digit[1];
  if (code === 'NumpadSubtract') return '-';
  if (code === 'NumpadDecimal') return '.';
  return (shiftKey ? shifted[code] : unshifted[code]) ?? null;
};

export type WedgeDetector = { feed: (key: WedgeKey) => WedgeResult; reset: () => void };

export const createWedgeDetector = (options: WedgeOptions = {}): WedgeDetector => {
  const maxGapMs = options.maxGapMs ?? 50;
  const minLength = options.minLength ?? 4;
  const terminators = options.terminators ?? ['Enter', 'NumpadEnter', 'Tab'];
  let buffer = '';
  let lastAt = Number.NEGATIVE_INFINITY;

  const reset = (): void => {
    buffer = '';
    lastAt = Number.NEGATIVE_INFINITY;
  };

  return {
    reset,
    feed: ({ code, shiftKey, timeStamp }) => {
      const inBurst = timeStamp - lastAt <= maxGapMs;
      if (terminators.includes(code)) {
        const text = buffer;
        const wasBurst = inBurst;
        reset();
        return wasBurst && text.length >= minLength ? { kind: 'scan', text } : { kind: 'typing' };
      }
      // Shift itself arrives between the characters of a scan; it neither types nor breaks it.
      if (code.startsWith('Shift')) return buffer === '' ? { kind: 'typing' } : { kind: 'pending' };
      const character = characterOfKey(code, shiftKey);
      if (character === null) {
        reset();
        return { kind: 'typing' };
      }
      buffer = inBurst ? buffer + character : character;
      lastAt = timeStamp;
      return buffer.length >= 2 ? { kind: 'pending' } : { kind: 'typing' };
    },
  };
};

import { describe, expect, it } from 'vitest';
import { counterActions, shortcutFor, shortcutKeys } from './shortcuts';

const key = (
  value: string,
  modifiers: Partial<{ altKey: boolean; shiftKey: boolean; ctrlKey: boolean }> = {},
) => ({
  key: value,
  altKey: false,
  shiftKey: false,
  ctrlKey: false,
  ...modifiers,
});

describe('counter shortcuts', () => {
  it('gives every action its own key', () => {
    const keys = counterActions.map((action) => shortcutKeys[action]);
    expect(new Set(keys).size).toBe(keys.length);
    counterActions.forEach((action) => {
      const [first, second] = shortcutKeys[action].split('+');
      const hit = second
        ? shortcutFor(key(second, { shiftKey: first === 'Shift' }))
        : shortcutFor(key(first ?? ''));
      expect(hit).toEqual({ kind: 'action', action });
    });
  });

  it('returns the ticket to its queue with Shift+F7, beside the transfer (F7)', () => {
    expect(shortcutFor(key('F7', { shiftKey: true }))).toEqual({
      kind: 'action',
      action: 'return-to-queue',
    });
    expect(shortcutFor(key('F7'))).toEqual({ kind: 'action', action: 'transfer' });
  });

  it('calls the n-th waiting ticket with Alt and a digit', () => {
    expect(shortcutFor(key('3', { altKey: true }))).toEqual({ kind: 'call-chosen', index: 2 });
    expect(shortcutFor(key('0', { altKey: true }))).toBeNull();
  });

  it('leaves ordinary typing, reload and browser keys alone', () => {
    expect(shortcutFor(key('a'))).toBeNull();
    expect(shortcutFor(key('F5'))).toBeNull();
    expect(shortcutFor(key('F12'))).toBeNull();
    expect(shortcutFor(key('F1', { ctrlKey: true }))).toBeNull();
  });
});

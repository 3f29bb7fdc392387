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

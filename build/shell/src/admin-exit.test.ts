import { describe, expect, it } from 'vitest';
import { isAdminCorner } from '../renderer/admin-corner';
import {
  createAdminGesture,
  isAdminShortcut,
  isBlockedInKiosk,
  type KeyInput,
} from './admin-gesture';
import { createPinGuard, hashPin, verifyPin } from './admin-pin';

const clock = (start = Date.parse('2026-11-26T08:00:00Z')) => {
  let now = start;
  return { now: () => new Date(now), advance: (ms: number) => (now += ms) };
};

const key = (input: Partial<KeyInput>): KeyInput => ({
  type: 'keyDown',
  key: 'a',
  control: false,
  alt: false,
  shift: false,
  meta: false,
  ...input,
});

describe('admin gesture', () => {
  it('needs five taps within three seconds', () => {
    const time = clock();
    const gesture = createAdminGesture({ now: time.now });
    const results = [0, 500, 500, 500, 500].map((gap) => {
      time.advance(gap);
      return gesture.tap();
    });
    expect(results).toEqual([false, false, false, false, true]);
  });

  it('forgets slow taps, so a citizen brushing the corner never adds up to it', () => {
    const time = clock();
    const gesture = createAdminGesture({ now: time.now });
    const results = Array.from({ length: 10 }, () => {
      time.advance(1000);
      return gesture.tap();
    });
    expect(results.every((done) => !done)).toBe(true);
  });

  it('starts over after a recognised gesture', () => {
    const time = clock();
    const gesture = createAdminGesture({ now: time.now, taps: 2 });
    expect([gesture.tap(), gesture.tap(), gesture.tap()]).toEqual([false, true, false]);
  });

  it('counts taps only in the top-left corner', () => {
    expect(isAdminCorner(10, 10)).toBe(true);
    expect(isAdminCorner(79, 0)).toBe(true);
    expect(isAdminCorner(80, 10)).toBe(false);
    expect(isAdminCorner(500, 300)).toBe(false);
  });

  it('knows the keyboard shortcut and the keys that would escape kiosk mode', () => {
    expect(isAdminShortcut(key({ control: true, alt: true, shift: true }))).toBe(true);
    expect(isAdminShortcut(key({ control: true, alt: true }))).toBe(false);
    expect(isAdminShortcut(key({ control: true, alt: true, shift: true, type: 'keyUp' }))).toBe(
      false,
    );
    expect(isBlockedInKiosk(key({ key: 'F4', alt: true }))).toBe(true);
    expect(isBlockedInKiosk(key({ key: 'w', control: true }))).toBe(true);
    expect(isBlockedInKiosk(key({ key: 'I', control: true, shift: true }))).toBe(true);
    expect(isBlockedInKiosk(key({ key: 'F12' }))).toBe(true);
    expect(isBlockedInKiosk(key({ key: '5' }))).toBe(false);
    expect(isBlockedInKiosk(key({ key: 'Enter' }))).toBe(false);
  });
});

describe('admin PIN', () => {
  it('stores a salted hash, never the digits', () => {
    const stored = hashPin('2468');
    expect(JSON.stringify(stored)).not.toContain('2468');
    expect(hashPin('2468').salt).not.toBe(stored.salt);
    expect(verifyPin('2468', stored)).toBe(true);
    expect(verifyPin('2469', stored)).toBe(false);
  });

  it('refuses a PIN that is not 4 to 12 digits', () => {
    expect(() => hashPin('12a4')).toThrow();
    expect(() => hashPin('123')).toThrow();
  });

  it('locks after five wrong PINs, then accepts the right one once the lockout ends', () => {
    const time = clock();
    const guard = createPinGuard({ stored: hashPin('2468'), now: time.now });
    expect(guard.check('0000')).toEqual({ ok: false, reason: 'wrong-pin', attemptsLeft: 4 });
    for (let attempt = 0; attempt < 3; attempt += 1) guard.check('0000');
    const locked = guard.check('0000');
    expect(locked).toMatchObject({ ok: false, reason: 'locked' });
    // even the right PIN is refused while locked
    expect(guard.check('2468')).toMatchObject({ ok: false, reason: 'locked' });
    time.advance(5 * 60_000);
    expect(guard.check('2468')).toEqual({ ok: true });
  });

  it('resets the count after a right PIN', () => {
    const time = clock();
    const guard = createPinGuard({ stored: hashPin('2468'), now: time.now, maxAttempts: 2 });
    guard.check('0000');
    expect(guard.check('2468')).toEqual({ ok: true });
    expect(guard.check('0000')).toEqual({ ok: false, reason: 'wrong-pin', attemptsLeft: 1 });
  });
});

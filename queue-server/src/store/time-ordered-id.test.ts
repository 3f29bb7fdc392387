import { describe, expect, it } from 'vitest';
import { createTimeOrderedIds } from './time-ordered-id';

const uuidV7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('time-ordered ids', () => {
  it('are version 7 UUIDs carrying the clock in their first 48 bits', () => {
    const at = Date.UTC(2026, 10, 27, 8, 0, 0, 123);
    const id = createTimeOrderedIds(() => at)();
    expect(id).toMatch(uuidV7);
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(at);
  });

  it('sort in the order they were made, within one millisecond too', () => {
    let now = Date.UTC(2026, 10, 27, 8, 0, 0, 0);
    const next = createTimeOrderedIds(() => now);
    const made: string[] = [];
    for (let index = 0; index < 10_000; index += 1) {
      // Several ids per millisecond, as a burst of issues makes them.
      if (index % 7 === 0) now += 1;
      made.push(next());
    }
    expect([...made].sort()).toEqual(made);
    expect(new Set(made).size).toBe(made.length);
    // The random part alone never repeats, across the many refills of the random pool.
    const randomParts = made.map((id) => id.replace(/-/g, '').slice(17));
    expect(new Set(randomParts).size).toBe(made.length);
  });

  it('keep counting up when the clock is set back, and past 4,096 ids in one millisecond', () => {
    let now = Date.UTC(2026, 10, 27, 8, 0, 0, 0);
    const next = createTimeOrderedIds(() => now);
    const made = [next()];
    now -= 60_000;
    for (let index = 0; index < 5_000; index += 1) made.push(next());
    made.forEach((id) => expect(id).toMatch(uuidV7));
    expect([...made].sort()).toEqual(made);
  });
});

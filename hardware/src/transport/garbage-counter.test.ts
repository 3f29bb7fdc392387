import { describe, expect, it } from 'vitest';
import type { Logger } from '@openops/protocol/logger';
import { createGarbageCounter } from './garbage-counter';

describe('garbage counter', () => {
  it('counts every unit but logs once per burst', () => {
    const lines: string[] = [];
    const log: Logger = {
      debug: () => {},
      info: () => {},
      warn: (message) => lines.push(message),
      error: () => {},
    };
    let now = 0;
    const garbage = createGarbageCounter(log, 'serial:/dev/x', () => now);
    for (let index = 0; index < 10_000; index += 1) {
      now += 1;
      garbage.add(1, 'noise');
    }
    now += 5000;
    garbage.add(3, 'noise again');
    expect(garbage.total()).toBe(10_003);
    expect(lines).toHaveLength(2);
  });
});

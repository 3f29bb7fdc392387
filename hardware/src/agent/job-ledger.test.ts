import { describe, expect, it } from 'vitest';
import { createJobLedger } from './job-ledger';

describe('job ledger', () => {
  it('gives the recorded entry for a key seen before, and makes one only for a new key', () => {
    const ledger = createJobLedger<string>();
    let made = 0;
    const make = (): string => `entry-${(made += 1)}`;
    expect(ledger.entry('job-1#1', make)).toEqual({ value: 'entry-1', repeated: false });
    expect(ledger.entry('job-1#1', make)).toEqual({ value: 'entry-1', repeated: true });
    expect(ledger.entry('job-1#2', make)).toEqual({ value: 'entry-2', repeated: false });
    expect(made).toBe(2);
  });

  it('forgets the oldest entries beyond its size', () => {
    const ledger = createJobLedger<number>(2);
    ledger.entry('a', () => 1);
    ledger.entry('b', () => 2);
    ledger.entry('c', () => 3);
    expect(ledger.entry('a', () => 4)).toEqual({ value: 4, repeated: false });
    expect(ledger.entry('c', () => 5)).toEqual({ value: 3, repeated: true });
  });
});

import { describe, expect, it } from 'vitest';
import { counterStates, type CounterStateName } from '@openops/protocol';
import { receivesTransfers } from './counter-transfers';

describe('receivesTransfers', () => {
  const expected: Record<CounterStateName, boolean> = {
    open: true,
    // The officer comes back from the break and calls the ticket then.
    paused: true,
    // Nobody would call it: the ticket would wait for a counter nobody works.
    closed: false,
  };

  it.each(counterStates)('a %s counter', (state) => {
    expect(receivesTransfers(state)).toBe(expected[state]);
  });
});

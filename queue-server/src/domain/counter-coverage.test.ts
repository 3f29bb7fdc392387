import { describe, expect, it } from 'vitest';
import { counterStates, type CounterStateName } from '@openops/protocol';
import { servesItsQueues, servicesNoOtherCounterServes } from './counter-coverage';

const counters = [
  { id: 'quay-1', serviceIds: ['ho-tich'] },
  { id: 'quay-2', serviceIds: ['ho-tich', 'chung-thuc'] },
  { id: 'quay-3', serviceIds: ['chung-thuc', 'dat-dai'] },
];

const statesOf =
  (states: Record<string, CounterStateName>) =>
  (counterId: string): CounterStateName =>
    states[counterId] ?? 'closed';

describe('servesItsQueues', () => {
  const expected: Record<CounterStateName, boolean> = { open: true, paused: true, closed: false };
  it.each(counterStates)('a %s counter', (state) => {
    expect(servesItsQueues(state)).toBe(expected[state]);
  });
});

describe('servicesNoOtherCounterServes', () => {
  it('names the services only this counter works, in its order', () => {
    const only = servicesNoOtherCounterServes(
      'quay-2',
      ['ho-tich', 'chung-thuc'],
      counters,
      statesOf({ 'quay-1': 'closed', 'quay-2': 'open', 'quay-3': 'open' }),
    );
    expect(only).toEqual(['ho-tich']);
  });

  it('counts neither a paused counter (its officer may be away all afternoon) nor a closed one', () => {
    const stateOf = statesOf({ 'quay-1': 'paused', 'quay-2': 'open' });
    expect(
      servicesNoOtherCounterServes('quay-2', ['ho-tich', 'chung-thuc'], counters, stateOf),
    ).toEqual(['ho-tich', 'chung-thuc']);
  });

  it('does not count the counter itself, and checks services it does not serve too', () => {
    // A land file transferred to quầy 1: quầy 3, open, serves land.
    const stateOf = statesOf({ 'quay-1': 'open', 'quay-3': 'open' });
    expect(
      servicesNoOtherCounterServes('quay-1', ['ho-tich', 'dat-dai'], counters, stateOf),
    ).toEqual(['ho-tich']);
  });
});

import { describe, expect, it } from 'vitest';
import type { Procedure } from '@openops/protocol';
import { withSaved } from './procedure-list';

const procedure = (id: string, processingDays: number): Procedure => ({
  id,
  code: `1.${id}`,
  name: `Thủ tục ${id}`,
  serviceId: 'ho-tich',
  processingDays,
  documents: [],
  fees: [],
  whereToSubmit: 'Quầy 1',
});

describe('the procedure list after a save', () => {
  it('holds the saved version, so picking the procedure again shows it', () => {
    const list = [procedure('a', 3), procedure('b', 7)];
    const saved = withSaved(list, procedure('a', 5));
    expect(saved.map((entry) => [entry.id, entry.processingDays])).toEqual([
      ['a', 5],
      ['b', 7],
    ]);
    // The list given is left as it was.
    expect(list[0]?.processingDays).toBe(3);
  });

  it('adds a procedure it did not hold', () => {
    expect(withSaved([procedure('a', 3)], procedure('c', 1)).map((entry) => entry.id)).toEqual([
      'a',
      'c',
    ]);
  });
});

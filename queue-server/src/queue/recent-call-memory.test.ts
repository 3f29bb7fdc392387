import { describe, expect, it } from 'vitest';
import type { RecentCallRow } from '../store/ticket-repository';
import { createRecentCallMemory } from './recent-call-memory';

const call = (serviceId: string, priority = false): RecentCallRow => ({ serviceId, priority });

describe('recent call memory', () => {
  it('reads a counter once a day, then adds each committed call at the front', () => {
    const reads: string[] = [];
    const stored: Record<string, RecentCallRow[]> = {
      'quay-1|2026-11-26': [call('ho-tich'), call('chung-thuc', true)],
    };
    const memory = createRecentCallMemory((counterId, day, limit) => {
      reads.push(`${counterId}|${day}|${limit}`);
      return (stored[`${counterId}|${day}`] ?? []).slice(0, limit);
    });
    expect(memory.of('quay-1', '2026-11-26', 3)).toEqual([
      call('ho-tich'),
      call('chung-thuc', true),
    ]);
    memory.remember('quay-1', '2026-11-26', call('dat-dai'));
    memory.remember('quay-1', '2026-11-26', call('ho-tich', true));
    expect(memory.of('quay-1', '2026-11-26', 3)).toEqual([
      call('ho-tich', true),
      call('dat-dai'),
      call('ho-tich'),
    ]);
    expect(memory.of('quay-1', '2026-11-26', 2)).toEqual([call('ho-tich', true), call('dat-dai')]);
    expect(reads).toEqual(['quay-1|2026-11-26|3']);
  });

  it('reads again for a longer window, a new day, or a counter it has not read', () => {
    const reads: string[] = [];
    const memory = createRecentCallMemory((counterId, day, limit) => {
      reads.push(`${counterId}|${day}|${limit}`);
      return [];
    });
    memory.of('quay-1', '2026-11-26', 2);
    // A call at a counter not read yet is left for its first read to find in the store.
    memory.remember('quay-2', '2026-11-26', call('ho-tich'));
    memory.remember('quay-1', '2026-11-27', call('ho-tich'));
    expect(memory.of('quay-1', '2026-11-27', 2)).toEqual([]);
    expect(memory.of('quay-1', '2026-11-27', 5)).toEqual([]);
    expect(memory.of('quay-2', '2026-11-26', 2)).toEqual([]);
    expect(reads).toEqual([
      'quay-1|2026-11-26|2',
      'quay-1|2026-11-27|2',
      'quay-1|2026-11-27|5',
      'quay-2|2026-11-26|2',
    ]);
  });
});

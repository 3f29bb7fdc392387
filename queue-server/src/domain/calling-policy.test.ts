import { describe, expect, it } from 'vitest';
import type { CallingPolicy } from '@openops/protocol';
import {
  chooseNextTicket,
  normalsSincePriority,
  recentCallsNeeded,
  type QueueHead,
  type RecentCall,
} from './calling-policy';

const minute = 60_000;
const head = (
  ticketId: string,
  serviceId: string,
  priority: boolean,
  minutesAgo: number,
  sequence = 1,
): QueueHead => ({
  ticketId,
  serviceId,
  priority,
  queuedAt: 100 * minute - minutesAgo * minute,
  sequence,
});

const strict: CallingPolicy = { mode: 'strict' };
const alternate3: CallingPolicy = { mode: 'alternate', normalPerPriority: 3 };
const weighted10: CallingPolicy = { mode: 'weighted', priorityHeadStartMinutes: 10 };
const normal = (serviceId = 'a'): RecentCall => ({ serviceId, priority: false });
const prio = (serviceId = 'a'): RecentCall => ({ serviceId, priority: true });

describe('chooseNextTicket', () => {
  it.each<[string, CallingPolicy, QueueHead[], RecentCall[], string | null]>([
    ['nothing waiting', strict, [], [], null],
    ['oldest first within a group', strict, [head('n1', 'a', false, 5)], [], 'n1'],
    [
      'strict: priority before an older normal',
      strict,
      [head('n1', 'a', false, 30), head('p1', 'a', true, 1)],
      [normal(), normal(), normal(), normal()],
      'p1',
    ],
    [
      'strict: priority even right after a priority',
      strict,
      [head('n1', 'a', false, 30), head('p2', 'a', true, 1)],
      [prio()],
      'p2',
    ],
    [
      'alternate: normal while fewer than N normals since a priority',
      alternate3,
      [head('n1', 'a', false, 5), head('p1', 'a', true, 10)],
      [normal(), normal(), prio()],
      'n1',
    ],
    [
      'alternate: priority once N normals were called',
      alternate3,
      [head('n1', 'a', false, 50), head('p1', 'a', true, 1)],
      [normal(), normal(), normal(), prio()],
      'p1',
    ],
    // The complaint "priority starves normal tickets": a stream of priority tickets still lets normals through.
    [
      'alternate: a priority right after a priority waits its turn',
      alternate3,
      [head('n1', 'a', false, 5), head('p2', 'a', true, 10)],
      [prio(), normal(), normal(), normal()],
      'n1',
    ],
    // The reverse complaint: priority tickets waiting behind an endless normal queue.
    [
      'alternate: a fresh counter with only normals history still serves priority after N',
      alternate3,
      [head('n1', 'a', false, 60), head('p1', 'a', true, 0)],
      [normal(), normal(), normal()],
      'p1',
    ],
    [
      'alternate: priority when no normal waits',
      alternate3,
      [head('p1', 'a', true, 1)],
      [prio()],
      'p1',
    ],
    ['alternate: normal when no priority waits', alternate3, [head('n1', 'a', false, 1)], [], 'n1'],
    [
      'alternate: a counter with no priority call yet serves priority first',
      alternate3,
      [head('n1', 'a', false, 30), head('p1', 'a', true, 1)],
      [],
      'p1',
    ],
    [
      'weighted: priority jumps ahead by the head start only',
      weighted10,
      [head('n1', 'a', false, 8), head('p1', 'a', true, 0)],
      [],
      'p1',
    ],
    [
      'weighted: a normal waiting longer than the head start goes first',
      weighted10,
      [head('n1', 'a', false, 15), head('p1', 'a', true, 0)],
      [],
      'n1',
    ],
  ])('%s', (_label, policy, heads, recentCalls, expected) => {
    expect(chooseNextTicket({ heads, weights: {}, recentCalls, policy })).toBe(expected);
  });

  it('shares calls between services by weight (2 : 1)', () => {
    const calls: RecentCall[] = [];
    const picked: string[] = [];
    for (let index = 0; index < 30; index += 1) {
      const heads = [head(`a${index}`, 'a', false, 60), head(`b${index}`, 'b', false, 90)];
      const id = chooseNextTicket({
        heads,
        weights: { a: 2, b: 1 },
        recentCalls: calls,
        policy: strict,
      });
      const serviceId = id?.startsWith('a') ? 'a' : 'b';
      picked.push(serviceId);
      calls.unshift(normal(serviceId));
    }
    const aCount = picked.filter((service) => service === 'a').length;
    expect(Math.abs(aCount - 20)).toBeLessThanOrEqual(1);
    // Turns interleave: never two certifications or four civil-status calls in a row.
    expect(picked.join('')).not.toMatch(/aaaa|bb/);
  });

  it('serves the only waiting service however its weight compares', () => {
    const heads = [head('b1', 'b', false, 1)];
    expect(
      chooseNextTicket({ heads, weights: { a: 10, b: 1 }, recentCalls: [], policy: strict }),
    ).toBe('b1');
  });

  it('breaks equal times by sequence', () => {
    const heads = [head('x2', 'a', false, 5, 2), head('x1', 'a', false, 5, 1)];
    expect(chooseNextTicket({ heads, weights: {}, recentCalls: [], policy: strict })).toBe('x1');
  });

  it('never starves normals under a stream of priority tickets (alternate 3:1 over a day)', () => {
    const calls: RecentCall[] = [];
    let normals = 0;
    let priorities = 0;
    for (let index = 0; index < 400; index += 1) {
      const heads = [head(`n${index}`, 'a', false, 100), head(`p${index}`, 'a', true, 1)];
      const id = chooseNextTicket({ heads, weights: {}, recentCalls: calls, policy: alternate3 });
      const isPriority = id?.startsWith('p') ?? false;
      if (isPriority) priorities += 1;
      else normals += 1;
      calls.unshift({ serviceId: 'a', priority: isPriority });
    }
    expect(normals).toBe(300);
    expect(priorities).toBe(100);
  });
});

describe('recentCallsNeeded', () => {
  /** A small deterministic generator, so the simulated day is the same on every run. */
  const seeded = (seed: number) => () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };

  it.each<[string, CallingPolicy]>([
    ['strict', strict],
    ['alternate 3:1', alternate3],
    ['alternate 20:1', { mode: 'alternate', normalPerPriority: 20 }],
    ['weighted', weighted10],
  ])('%s: the trimmed memory picks exactly what the whole day would', (_label, policy) => {
    const random = seeded(7);
    const day: RecentCall[] = [];
    for (let index = 0; index < 500; index += 1) {
      const heads = ['a', 'b', 'c'].flatMap((serviceId, at) => [
        ...(random() < 0.7 ? [head(`${serviceId}n${index}`, serviceId, false, 30 + at)] : []),
        ...(random() < 0.2 ? [head(`${serviceId}p${index}`, serviceId, true, 5 + at)] : []),
      ]);
      const input = { heads, weights: { a: 3, b: 1, c: 2 }, policy };
      const whole = chooseNextTicket({ ...input, recentCalls: day });
      const trimmed = chooseNextTicket({
        ...input,
        recentCalls: day.slice(0, recentCallsNeeded(policy)),
      });
      expect(trimmed).toBe(whole);
      const picked = heads.find((candidate) => candidate.ticketId === whole);
      if (picked) day.unshift({ serviceId: picked.serviceId, priority: picked.priority });
    }
    expect(day.length).toBeGreaterThan(400);
  });
});

describe('normalsSincePriority', () => {
  it('counts back to the last priority call', () => {
    expect(normalsSincePriority([normal(), normal(), prio(), normal()])).toBe(2);
    expect(normalsSincePriority([normal(), normal()])).toBe(2);
    expect(normalsSincePriority([])).toBe(0);
  });
});

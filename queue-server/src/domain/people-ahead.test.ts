import { describe, expect, it } from 'vitest';
import type { CallingPolicy } from '@openops/protocol';
import { chooseNextTicket, type QueueHead, type RecentCall } from './calling-policy';
import { peopleAhead, type CountWaiting, type QueuePlace } from './people-ahead';

const minute = 60_000;
type Waiting = QueuePlace & { id: string };

const placedBefore = (
  ticket: { queuedAt: number; sequence: number },
  bound: { queuedAt: number; sequence: number },
): boolean =>
  ticket.queuedAt < bound.queuedAt ||
  (ticket.queuedAt === bound.queuedAt && ticket.sequence < bound.sequence);

/** Counts as the store does, over a list of waiting tickets. */
const countIn =
  (waiting: readonly Waiting[]): CountWaiting =>
  (priority, before) =>
    waiting.filter(
      (ticket) => ticket.priority === priority && (before === null || placedBefore(ticket, before)),
    ).length;

/** `normal` and `priority` tickets, one a minute from minute 0, in the order of `pattern`. */
const queueOf = (pattern: string): Waiting[] =>
  [...pattern].map((kind, index) => ({
    id: `${kind}${index + 1}`,
    priority: kind === 'p',
    queuedAt: index * minute,
    sequence: index + 1,
  }));

const strict: CallingPolicy = { mode: 'strict' };
const alternate3: CallingPolicy = { mode: 'alternate', normalPerPriority: 3 };
const weighted10: CallingPolicy = { mode: 'weighted', priorityHeadStartMinutes: 10 };

const aheadOf = (policy: CallingPolicy, pattern: string, id: string): number => {
  const waiting = queueOf(pattern);
  const ticket = waiting.find((candidate) => candidate.id === id);
  if (!ticket) throw new Error(`no ticket ${id} in ${pattern}`);
  return peopleAhead(policy, ticket, countIn(waiting));
};

describe('peopleAhead', () => {
  it.each<[string, CallingPolicy, string, string, number]>([
    ['strict: a priority ticket behind ten normal ones is next', strict, 'nnnnnnnnnnp', 'p11', 0],
    ['strict: behind two priority tickets', strict, 'pnnpnnp', 'p7', 2],
    ['strict: a normal ticket waits for every priority ticket', strict, 'nnpnp', 'n4', 4],
    ['strict: the first normal ticket with none priority', strict, 'nnn', 'n1', 0],
    [
      'alternate 3:1: a priority ticket behind ten normal ones',
      alternate3,
      'nnnnnnnnnnp',
      'p11',
      3,
    ],
    ['alternate 3:1: behind two priority tickets', alternate3, 'nnnnnnnnnnppp', 'p13', 11],
    ['alternate 3:1: a priority ticket with few normal ones', alternate3, 'np', 'p2', 1],
    ['alternate 3:1: a normal ticket with priority waiting', alternate3, 'ppppnnnnnnn', 'n11', 9],
    ['alternate 3:1: normal, nothing priority', alternate3, 'nnnn', 'n4', 3],
    [
      'weighted 10 min: a priority ticket passes normal ones placed within 10 minutes',
      weighted10,
      'nnnnnnnnnnnnnnp',
      'p15',
      5,
    ],
    [
      'weighted 10 min: a normal ticket waits for priority ones placed up to 10 min after it',
      weighted10,
      'nppnnnnnnnnnnnp',
      'n1',
      2,
    ],
    [
      'weighted 0 min is arrival order',
      { mode: 'weighted', priorityHeadStartMinutes: 0 },
      'npnp',
      'p4',
      3,
    ],
  ])('%s', (_name, policy, pattern, id, expected) => {
    expect(aheadOf(policy, pattern, id)).toBe(expected);
  });

  /**
   * The figure against the policy itself: one counter calls from the waiting tickets with
   * `chooseNextTicket` until the ticket is called, from each state its memory can be in.
   */
  const callsBefore = (
    policy: CallingPolicy,
    waiting: readonly Waiting[],
    id: string,
    memory: readonly RecentCall[],
  ): number => {
    let left = [...waiting];
    let recent = [...memory];
    for (let calls = 0; left.length > 0; calls += 1) {
      const heads: QueueHead[] = [true, false].flatMap((priority) => {
        const first = left
          .filter((ticket) => ticket.priority === priority)
          .sort((a, b) => a.queuedAt - b.queuedAt || a.sequence - b.sequence)[0];
        return first ? [{ ...first, ticketId: first.id, serviceId: 'a' }] : [];
      });
      const chosen = chooseNextTicket({ heads, weights: {}, recentCalls: recent, policy });
      if (chosen === id) return calls;
      const called = left.find((ticket) => ticket.id === chosen);
      if (!called) throw new Error('the policy called nothing while tickets waited');
      left = left.filter((ticket) => ticket !== called);
      recent = [{ serviceId: 'a', priority: called.priority }, ...recent];
    }
    throw new Error(`${id} was never called`);
  };
  // No priority call yet, or one followed by 0 to 4 normal calls.
  const memories: RecentCall[][] = [
    [],
    ...[0, 1, 2, 3, 4].map((normals) => [
      ...Array.from({ length: normals }, () => ({ serviceId: 'a', priority: false })),
      { serviceId: 'a', priority: true },
    ]),
  ];
  const patterns = ['nnnnnnnnnnp', 'pnnpnnp', 'ppppnnnnnnn', 'npnpnpnpnnnnpp', 'nnnnnnnnnnnnnnpnp'];

  it.each([strict, weighted10])(
    'is exact under $mode, whatever the counter called before',
    (policy) => {
      for (const pattern of patterns) {
        const waiting = queueOf(pattern);
        for (const ticket of waiting) {
          const figure = peopleAhead(policy, ticket, countIn(waiting));
          for (const memory of memories) {
            expect(callsBefore(policy, waiting, ticket.id, memory), `${pattern} ${ticket.id}`).toBe(
              figure,
            );
          }
        }
      }
    },
  );

  it('under alternate is the most the counter can call first, and reached', () => {
    for (const policy of [alternate3, { mode: 'alternate', normalPerPriority: 1 } as const]) {
      for (const pattern of patterns) {
        const waiting = queueOf(pattern);
        for (const ticket of waiting) {
          const figure = peopleAhead(policy, ticket, countIn(waiting));
          const actual = memories.map((memory) => callsBefore(policy, waiting, ticket.id, memory));
          expect(Math.max(...actual), `${pattern} ${ticket.id}`).toBe(figure);
        }
      }
    }
  });
});

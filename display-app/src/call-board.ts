import type { Call, Counter } from '@openops/protocol';

/**
 * Adds a call to the front of the list, newest first, bounded. A ticket appears once: a recall
 * moves it back to the front instead of listing it twice.
 */
export const withCall = (calls: readonly Call[], call: Call, kept: number): Call[] =>
  [call, ...calls.filter((existing) => existing.ticketId !== call.ticketId)].slice(0, kept);

/**
 * The calls of the display's own counters: after its zones change, another zone's calls leave
 * the board. The same list comes back when all are its own.
 */
export const callsAtCounters = (calls: Call[], counters: readonly Counter[]): Call[] => {
  const own = new Set(counters.map((counter) => counter.id));
  const kept = calls.filter((call) => own.has(call.counterId));
  return kept.length === calls.length ? calls : kept;
};

export type CounterCalls = { counter: Counter; calls: Call[] };

/** Each counter with its latest calls, newest first, at most `perCounter` of them. */
export const callsByCounter = (
  calls: readonly Call[],
  counters: readonly Counter[],
  perCounter: number,
): CounterCalls[] =>
  counters.map((counter) => ({
    counter,
    calls: calls.filter((call) => call.counterId === counter.id).slice(0, perCounter),
  }));

/** The announcement key of a call: a recall is a separate announcement of the same ticket. */
export const callKey = (call: Call): string =>
  `${call.ticketId}@${call.calledAt}${call.recall ? '#recall' : ''}`;

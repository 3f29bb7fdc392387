import type { Call, Counter } from '@openops/protocol';

/** Calls a display keeps when its counters need fewer; older ones drop off. */
export const minimumCallsKept = 20;

/** How many calls to keep for a layout: enough for every counter's list, and bounded. */
export const callsKeptFor = (counterCount: number, recentPerCounter: number): number =>
  Math.max(minimumCallsKept, counterCount * recentPerCounter + 1);

/**
 * Adds a call to the front of the list, newest first, bounded. A ticket appears once: a recall
 * moves it back to the front instead of listing it twice.
 */
export const withCall = (calls: readonly Call[], call: Call, kept: number): Call[] =>
  [call, ...calls.filter((existing) => existing.ticketId !== call.ticketId)].slice(0, kept);

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

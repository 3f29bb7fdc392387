import type { Call } from '@openops/protocol';

/** Calls a display keeps; older ones drop off so memory stays flat over days. */
export const callsKept = 10;

/** Adds a call to the front of the list, newest first, bounded. */
export const withCall = (calls: readonly Call[], call: Call): Call[] =>
  [
    call,
    ...calls.filter(
      (existing) => !(existing.ticketId === call.ticketId && existing.calledAt === call.calledAt),
    ),
  ].slice(0, callsKept);

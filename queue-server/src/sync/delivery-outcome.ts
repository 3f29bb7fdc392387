/**
 * What one attempt to deliver an outbox record came to: `delivered` only on the receiver's
 * acknowledgement; `retry` for anything that may succeed later (link down, 5xx, timeout,
 * out-of-order); `reject` for a record the receiver will never take (parked with its reason).
 *
 * A retry says whether the receiver itself failed (`scope: 'receiver'`: unreachable,
 * overloaded, key refused — its other records would fail the same way, so the worker pauses
 * it) or only this record did (`'record'`: out of order, not found yet — the receiver answered
 * properly). Left out, the receiver is assumed at fault. `retryAfterMs` is the receiver's own
 * `Retry-After`.
 */
export type DeliveryOutcome =
  | { kind: 'delivered'; duplicate: boolean }
  | { kind: 'retry'; reason: string; scope?: 'receiver' | 'record'; retryAfterMs?: number }
  | { kind: 'reject'; reason: string };

export type HttpFetch = typeof fetch;

/** Describes a fetch failure for the supervisor in one short line. */
export const describeFetchError = (error: unknown): string => {
  if (error instanceof Error) {
    if (error.name === 'TimeoutError' || error.name === 'AbortError') return 'timeout';
    const cause = (error as Error & { cause?: { code?: string } }).cause;
    return cause?.code ? `${error.message} (${cause.code})` : error.message;
  }
  return String(error);
};

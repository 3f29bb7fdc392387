/**
 * What one attempt to deliver an outbox record came to: `delivered` only on the receiver's
 * acknowledgement; `retry` for anything that may succeed later (link down, 5xx, timeout,
 * out-of-order); `reject` for a record the receiver will never take (parked with its reason).
 */
export type DeliveryOutcome =
  | { kind: 'delivered'; duplicate: boolean }
  | { kind: 'retry'; reason: string }
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

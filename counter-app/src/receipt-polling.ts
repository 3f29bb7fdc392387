import type { PrintJobRecord } from '@openops/protocol';

/** Quick looks while the receipt is normally printing, then slower ones. Default 500 ms. */
export const firstLookEveryMs = 500;
/** How many quick looks before slowing down: about 5 s, a receipt's usual printing time. */
export const quickLooks = 10;
/** The slowest pace, for a printer that stays offline: the card is at most this late. */
export const slowestLookMs = 5_000;

/**
 * The wait before look number `attempt` (counted from 1) at the receipt's print job: every
 * 500 ms for the first 5 s, then doubling up to every 5 s, for as long as the card is open,
 * so a printer that comes back after minutes is still followed.
 */
export const lookDelayMs = (attempt: number): number =>
  attempt <= quickLooks
    ? firstLookEveryMs
    : Math.min(slowestLookMs, firstLookEveryMs * 2 ** (attempt - quickLooks));

/** Printed or failed: nothing changes any more unless the officer reprints. */
export const isSettled = (job: PrintJobRecord | null): boolean =>
  job?.state === 'printed' || job?.state === 'failed';

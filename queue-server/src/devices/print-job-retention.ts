import { createLogger } from '@openops/protocol/logger';
import type { PrintJobRepository } from './print-job-repository';

const log = createLogger('devices');

/**
 * Printed and failed jobs are kept this long (to look up or reprint), then deleted: a busy
 * kiosk stores some 20,000 a day, which would otherwise grow the store for ever. Default 30 days.
 */
export const printJobRetentionMs = 30 * 24 * 60 * 60 * 1000;

/** Jobs deleted per step; the event loop is free between steps. */
const purgeBatch = 500;

/**
 * Deletes finished jobs past the retention soon after start and then every `intervalMs`,
 * in steps of a few hundred rows with the event loop free between them, so a first purge of
 * months of jobs never holds up a ticket. Returns the function that stops it.
 */
export const schedulePrintJobPurge = (
  jobs: Pick<PrintJobRepository, 'purgeFinished'>,
  clock: () => Date,
  intervalMs = 60 * 60 * 1000,
): (() => void) => {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const schedule = (run: () => void, delayMs: number): void => {
    timer = setTimeout(run, delayMs);
    timer.unref();
  };
  const step = (beforeIso: string, purged: number): void => {
    if (stopped) return;
    let deleted: number;
    try {
      deleted = jobs.purgeFinished(beforeIso, purgeBatch);
    } catch (error) {
      // Housekeeping: a failure waits for the next round rather than stopping the server.
      log.error('purging print jobs failed', { error: (error as Error).message });
      schedule(round, intervalMs);
      return;
    }
    if (deleted === purgeBatch) {
      schedule(() => step(beforeIso, purged + deleted), 0);
      return;
    }
    if (purged + deleted > 0) log.info('purged finished print jobs', { purged: purged + deleted });
    schedule(round, intervalMs);
  };
  const round = (): void => {
    step(new Date(clock().getTime() - printJobRetentionMs).toISOString(), 0);
  };
  schedule(round, 1000);
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
};

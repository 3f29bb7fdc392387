import { open } from 'node:fs/promises';
import type { SqliteDatabase } from './database';

/**
 * Commits whose flush to disk may wait until just before their acknowledgement. A call is
 * written to the WAL at commit (a crash of the server process loses nothing, the operating
 * system holds it) and announced to the displays at once, while a worker thread flushes the
 * WAL to the disk; the officer's acknowledgement waits for that flush, so an acknowledged
 * change still survives a power cut. Flushes asked for while one runs share the next one.
 */
export type LateFlush = {
  /** Runs `work` in one transaction committed without waiting for the disk. */
  atomically: <T>(work: () => T) => T;
  /**
   * Resolves once every such commit so far is on the disk; null when none is waiting (the
   * acknowledgement may go at once). Rejects when the disk refused the flush.
   */
  settled: () => Promise<void> | null;
};

/** Flushes the WAL file's data to the disk (fdatasync) on libuv's thread pool. */
const flushWal = (walFile: string) => async (): Promise<void> => {
  const handle = await open(walFile, 'r');
  try {
    await handle.datasync();
  } finally {
    await handle.close();
  }
};

export const createLateFlush = (
  database: SqliteDatabase,
  atomically: <T>(work: () => T) => T,
  sync: () => Promise<void> = database.memory
    ? () => Promise.resolve()
    : flushWal(`${database.name}-wal`),
): LateFlush => {
  // SQLite applies `PRAGMA synchronous` when the statement is compiled, and a prepared copy is
  // compiled again only after it has run once: the first commit through a kept statement would
  // still wait for the disk. Compiling it each time costs what that recompiling costs anyway.
  const withoutWaiting = (): void => void database.pragma('synchronous = NORMAL');
  const waitingForDisk = (): void => void database.pragma('synchronous = FULL');
  let unflushed = false;
  let running: Promise<void> | null = null;
  let queued: Promise<void> | null = null;

  const start = (): Promise<void> => {
    // Everything committed until now is in the WAL file this flush covers.
    unflushed = false;
    const flush = sync()
      .catch((error: unknown) => {
        // Not on the disk after all: the next acknowledgement tries again.
        unflushed = true;
        throw error;
      })
      .finally(() => {
        if (running === flush) running = null;
      });
    running = flush;
    return flush;
  };

  return {
    atomically: <T>(work: () => T): T => {
      // Inside a caller's transaction its own commit decides.
      if (database.inTransaction) return atomically(work);
      withoutWaiting();
      try {
        const result = atomically(work);
        unflushed = true;
        return result;
      } finally {
        waitingForDisk();
      }
    },
    settled: () => {
      if (!unflushed) return running;
      if (!running) return start();
      queued ??= running
        .catch(() => undefined)
        .then(() => {
          queued = null;
          return start();
        });
      return queued;
    },
  };
};

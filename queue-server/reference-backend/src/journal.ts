import { appendFileSync, closeSync, existsSync, fsyncSync, openSync, readFileSync } from 'node:fs';
import { z } from 'zod';

/** One stored record: the idempotency key it came with, its kind and its body. */
export const journalEntrySchema = z.object({
  key: z.string(),
  kind: z.string(),
  body: z.unknown(),
  at: z.string(),
});
export type JournalEntry = z.infer<typeof journalEntrySchema>;

export type Journal = {
  /** Entries written before this process started, in order. */
  replay: () => JournalEntry[];
  /** Writes the entry; it is durable once `flushed()` resolves. */
  append: (entry: JournalEntry) => void;
  /** Resolves when every entry appended so far is on disk (one fsync covers them all). */
  flushed: () => Promise<void>;
  close: () => void;
};

/**
 * The reference backend's storage: an append-only JSON-lines file, replayed at start. A record
 * is appended and, with `fsync`, flushed to disk before the backend acknowledges it, so an
 * acknowledged record survives the backend's own restart. Concurrent requests share one fsync
 * (group commit), as a production store would. A torn last line (power cut mid-write) was never
 * acknowledged and is skipped.
 */
export const openJournal = (filePath: string, options: { fsync: boolean }): Journal => {
  const replay = (): JournalEntry[] => {
    if (!existsSync(filePath)) return [];
    return readFileSync(filePath, 'utf8')
      .split('\n')
      .filter((line) => line.trim().length > 0)
      .flatMap((line) => {
        try {
          const parsed = journalEntrySchema.safeParse(JSON.parse(line));
          return parsed.success ? [parsed.data] : [];
        } catch {
          return [];
        }
      });
  };
  const descriptor = openSync(filePath, 'a');
  let dirty = false;
  let nextFlush: Promise<void> | null = null;
  const flushed = (): Promise<void> => {
    if (!options.fsync || !dirty) return nextFlush ?? Promise.resolve();
    nextFlush ??= new Promise<void>((resolve) => {
      // Let the requests of this turn of the event loop append first, then sync them together.
      setImmediate(() => {
        dirty = false;
        nextFlush = null;
        fsyncSync(descriptor);
        resolve();
      });
    });
    return nextFlush;
  };
  return {
    replay,
    append: (entry) => {
      appendFileSync(descriptor, `${JSON.stringify(entry)}\n`);
      dirty = true;
    },
    flushed,
    close: () => closeSync(descriptor),
  };
};

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
  append: (entry: JournalEntry) => void;
  close: () => void;
};

/**
 * The reference backend's storage: an append-only JSON-lines file, replayed at start. A record
 * is appended (and, with `fsync`, flushed to disk) before the backend acknowledges it, so an
 * acknowledged record survives the backend's own restart. A torn last line (power cut
 * mid-write) was never acknowledged and is skipped.
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
  return {
    replay,
    append: (entry) => {
      appendFileSync(descriptor, `${JSON.stringify(entry)}\n`);
      if (options.fsync) fsyncSync(descriptor);
    },
    close: () => closeSync(descriptor),
  };
};

import { z } from 'zod';
import { businessDaySchema, isoTimeSchema } from './entities';

/** One day's copy of the store and the configuration, taken by the queue server. */
export const backupSchema = z.object({
  day: businessDaySchema,
  /** The folder holding `queue.sqlite` and `centre.json`, on the server. */
  folder: z.string(),
  /** Size of the store's copy. */
  bytes: z.number().int().nonnegative(),
  takenAt: isoTimeSchema,
});
export type Backup = z.infer<typeof backupSchema>;

/** The backups kept, newest first, and where and how many. */
export const backupListSchema = z.object({
  folder: z.string(),
  /** Day folders kept; older ones are deleted. */
  keep: z.number().int().positive(),
  backups: z.array(backupSchema),
  /**
   * While the day's copy cannot be written: since the first failure, and the last error (null
   * while copies are written; absent from servers before it was added).
   */
  failingSince: isoTimeSchema.nullable().optional(),
  lastError: z.string().nullable().optional(),
});
export type BackupList = z.infer<typeof backupListSchema>;

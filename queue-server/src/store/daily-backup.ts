import { copyFile, mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Backup } from '@openops/protocol';
import { createLogger } from '@openops/protocol/logger';
import type { SqliteDatabase } from './database';

const log = createLogger('backup');

export type BackupOptions = {
  database: SqliteDatabase;
  /** The centre configuration file copied beside the store. */
  configFile: string;
  /** Where the day folders go (`<folder>/<YYYY-MM-DD>/queue.sqlite` and `centre.json`). */
  folder: string;
  /** Day folders kept, newest first; older ones are deleted. */
  keep: number;
  /** The centre's business day now, `YYYY-MM-DD`. */
  today: () => string;
  clock: () => Date;
};

/** Two working weeks: a mistake found a week late still has a copy from before it. */
export const defaultBackupsKept = 14;

const dayFolder = /^\d{4}-\d{2}-\d{2}$/;
const partial = '.partial';

/**
 * Copies the live store with SQLite's online backup (a consistent copy while tickets keep
 * being written, which copying the file beside its WAL is not) and the configuration, into a
 * `.partial` folder renamed only once whole: a crash mid-copy never leaves a day folder that
 * looks complete. Then deletes the day folders past `keep`, and any partial one left by a crash.
 */
const copyDay = async (options: BackupOptions, day: string): Promise<Backup> => {
  const final = path.join(options.folder, day);
  const working = `${final}${partial}`;
  await rm(working, { recursive: true, force: true });
  await mkdir(working, { recursive: true });
  await options.database.backup(path.join(working, 'queue.sqlite'));
  await copyFile(options.configFile, path.join(working, 'centre.json'));
  // On the disk before the folder gets its day's name: after a power cut, a day folder is whole.
  for (const name of ['queue.sqlite', 'centre.json']) await flush(path.join(working, name));
  await flushFolder(working);
  await rm(final, { recursive: true, force: true });
  await rename(working, final);
  await flushFolder(options.folder);
  await prune(options.folder, options.keep);
  const { size } = await stat(path.join(final, 'queue.sqlite'));
  return { day, folder: final, bytes: size, takenAt: options.clock().toISOString() };
};

const flush = async (file: string): Promise<void> => {
  const handle = await open(file, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
};

const flushFolder = async (folder: string): Promise<void> => {
  try {
    await flush(folder);
  } catch {
    // Windows cannot open a folder to flush it; NTFS journals the names in it by itself.
  }
};

/** The day folders present, newest first. */
export const listBackups = async (folder: string): Promise<string[]> => {
  if (!existsSync(folder)) return [];
  const names = await readdir(folder);
  return names.filter((name) => dayFolder.test(name)).sort((a, b) => b.localeCompare(a));
};

/** The complete backups present, newest first, each with its size and when it was written. */
export const describeBackups = async (folder: string): Promise<Backup[]> => {
  const backups: Backup[] = [];
  for (const day of await listBackups(folder)) {
    const store = path.join(folder, day, 'queue.sqlite');
    if (!existsSync(store)) continue;
    const { size, mtime } = await stat(store);
    backups.push({
      day,
      folder: path.join(folder, day),
      bytes: size,
      takenAt: mtime.toISOString(),
    });
  }
  return backups;
};

const prune = async (folder: string, keep: number): Promise<void> => {
  const days = await listBackups(folder);
  const leftovers = (await readdir(folder)).filter((name) => name.endsWith(partial));
  for (const name of [...days.slice(keep), ...leftovers]) {
    await rm(path.join(folder, name), { recursive: true, force: true });
  }
};

/** Whether the day's copy is being written: set by a failure, cleared by the next success. */
export type BackupHealth = { failingSince: string | null; lastError: string | null };

export type DailyBackups = {
  folder: string;
  keep: number;
  health: () => BackupHealth;
  /** Takes today's backup now (replacing one taken earlier today). */
  takeNow: () => Promise<Backup>;
  /** Stops the checks and waits for a backup under way, so the store can close after it. */
  stop: () => Promise<void>;
};

/**
 * Takes the day's backup soon after start when the day has none, then checks every
 * `intervalMs` for a new business day: so a server that runs for weeks keeps one copy per
 * day, and one started each morning copies the evening before's data first thing. One backup
 * at a time. A failure is logged and retried at the next check; the queue never waits for it.
 */
export const startDailyBackups = (
  options: BackupOptions,
  intervalMs = 10 * 60 * 1000,
  firstDelayMs = 5_000,
): DailyBackups => {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let last: Promise<unknown> = Promise.resolve();
  let health: BackupHealth = { failingSince: null, lastError: null };
  const take = (day: string): Promise<Backup> => {
    const next = last.then(async () => {
      const started = Date.now();
      try {
        const backup = await copyDay(options, day);
        health = { failingSince: null, lastError: null };
        log.info('backup written', {
          folder: backup.folder,
          bytes: backup.bytes,
          ms: Date.now() - started,
        });
        return backup;
      } catch (error) {
        health = {
          failingSince: health.failingSince ?? options.clock().toISOString(),
          lastError: (error as Error).message,
        };
        throw error;
      }
    });
    last = next.catch(() => undefined);
    return next;
  };
  const check = async (): Promise<void> => {
    const day = options.today();
    if (existsSync(path.join(options.folder, day, 'queue.sqlite'))) return;
    try {
      await take(day);
    } catch (error) {
      log.error('backup failed; tried again at the next check', {
        folder: options.folder,
        error: (error as Error).message,
      });
    }
  };
  const schedule = (delayMs: number): void => {
    timer = setTimeout(() => {
      void check().then(() => {
        if (!stopped) schedule(intervalMs);
      });
    }, delayMs);
    timer.unref();
  };
  schedule(firstDelayMs);
  return {
    folder: options.folder,
    keep: options.keep,
    health: () => health,
    takeNow: () => take(options.today()),
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await last;
    },
  };
};

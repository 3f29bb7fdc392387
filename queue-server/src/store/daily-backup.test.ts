import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type SqliteDatabase } from './database';
import { listBackups, startDailyBackups, type BackupOptions } from './daily-backup';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A data folder with a real store holding `rows` tickets and a configuration file. */
const dataFolder = (rows: number) => {
  const folder = mkdtempSync(path.join(tmpdir(), 'openops-backup-'));
  const database = openDatabase(path.join(folder, 'queue.sqlite'));
  database.exec('CREATE TABLE numbers (id INTEGER PRIMARY KEY, number TEXT NOT NULL)');
  const insert = database.prepare('INSERT INTO numbers (number) VALUES (?)');
  for (let index = 1; index <= rows; index += 1) insert.run(`A${String(index).padStart(3, '0')}`);
  const configFile = path.join(folder, 'centre.json');
  writeFileSync(
    configFile,
    JSON.stringify({ centre: { name: 'Trung tâm Phục vụ hành chính công' } }),
  );
  cleanups.push(() => {
    database.close();
    rmSync(folder, { recursive: true, force: true });
  });
  return { folder, database, configFile, insert };
};

const countIn = (file: string): number => {
  const copy = new Database(file, { readonly: true });
  try {
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    return (copy.prepare('SELECT count(*) AS n FROM numbers').get() as { n: number }).n;
  } finally {
    copy.close();
  }
};

const options = (
  data: { folder: string; database: SqliteDatabase; configFile: string },
  day: { value: string },
  keep = 3,
): BackupOptions => ({
  database: data.database,
  configFile: data.configFile,
  folder: path.join(data.folder, 'backups'),
  keep,
  today: () => day.value,
  clock: () => new Date('2026-11-27T10:00:00Z'),
});

describe('daily backups', () => {
  it('copies the live store whole, with what the WAL holds, and the configuration', async () => {
    const data = dataFolder(250);
    const backups = startDailyBackups(options(data, { value: '2026-11-27' }), 60_000, 60_000);
    cleanups.push(backups.stop);
    const backup = await backups.takeNow();
    expect(backup.folder).toBe(path.join(data.folder, 'backups', '2026-11-27'));
    expect(readdirSync(backup.folder).sort()).toEqual(['centre.json', 'queue.sqlite']);
    // The rows are still in the WAL (no checkpoint yet): a file copy would miss them.
    expect(existsSync(path.join(data.folder, 'queue.sqlite-wal'))).toBe(true);
    expect(countIn(path.join(backup.folder, 'queue.sqlite'))).toBe(250);
    expect(backup.bytes).toBeGreaterThan(0);
  });

  it('takes the day once on its own, a new one when the business day changes, and keeps the newest', async () => {
    const data = dataFolder(10);
    const day = { value: '2026-11-24' };
    const backups = startDailyBackups(options(data, day, 2), 20, 10);
    cleanups.push(backups.stop);
    const folder = path.join(data.folder, 'backups');
    const waitFor = async (days: string[]): Promise<void> => {
      for (let attempt = 0; attempt < 200; attempt += 1) {
        if (JSON.stringify(await listBackups(folder)) === JSON.stringify(days)) return;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      expect(await listBackups(folder)).toEqual(days);
    };
    await waitFor(['2026-11-24']);
    data.insert.run('A011');
    // The same day is not copied again: its copy keeps the ten rows it was taken with.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(countIn(path.join(folder, '2026-11-24', 'queue.sqlite'))).toBe(10);
    day.value = '2026-11-25';
    await waitFor(['2026-11-25', '2026-11-24']);
    expect(countIn(path.join(folder, '2026-11-25', 'queue.sqlite'))).toBe(11);
    day.value = '2026-11-26';
    await waitFor(['2026-11-26', '2026-11-25']);
  });

  it('clears a copy a crash left half made, and never counts it as a day', async () => {
    const data = dataFolder(5);
    const folder = path.join(data.folder, 'backups');
    mkdirSync(path.join(folder, '2026-11-26.partial'), { recursive: true });
    writeFileSync(path.join(folder, '2026-11-26.partial', 'queue.sqlite'), 'half a file');
    expect(await listBackups(folder)).toEqual([]);
    const backups = startDailyBackups(options(data, { value: '2026-11-27' }), 60_000, 60_000);
    cleanups.push(backups.stop);
    await backups.takeNow();
    expect(readdirSync(folder)).toEqual(['2026-11-27']);
  });

  it('survives a failure and takes the copy at a later check, the store untouched', async () => {
    const data = dataFolder(3);
    const lateConfig = path.join(data.folder, 'late-centre.json');
    const settings = { ...options(data, { value: '2026-11-27' }), configFile: lateConfig };
    const backups = startDailyBackups(settings, 20, 10);
    cleanups.push(backups.stop);
    await expect(backups.takeNow()).rejects.toThrow(/ENOENT/);
    const failing = backups.health();
    expect(failing).toEqual({
      failingSince: '2026-11-27T10:00:00.000Z',
      lastError: expect.stringContaining('ENOENT'),
    });
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(await listBackups(settings.folder)).toEqual([]);
    // Failing again does not move the time the trouble started.
    expect(backups.health().failingSince).toBe(failing.failingSince);
    writeFileSync(lateConfig, '{}');
    // The day's folder gets its name a moment before the copy reports back (flushes, pruning):
    // wait for both, or a slow machine sees the folder while the health still says failing.
    const recovered = async (): Promise<boolean> =>
      (await listBackups(settings.folder)).length > 0 && backups.health().failingSince === null;
    for (let attempt = 0; attempt < 500 && !(await recovered()); attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(countIn(path.join(settings.folder, '2026-11-27', 'queue.sqlite'))).toBe(3);
    expect(backups.health()).toEqual({ failingSince: null, lastError: null });
    expect(
      (data.database.prepare('SELECT count(*) AS n FROM numbers').get() as { n: number }).n,
    ).toBe(3);
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { afterFlush } from '../queue/after-flush';
import { createAtomically, openDatabase, type SqliteDatabase } from './database';
import { createLateFlush } from './late-flush';

const folders: string[] = [];
afterEach(() =>
  folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })),
);

const databaseOnDisk = (): SqliteDatabase => {
  const folder = mkdtempSync(path.join(tmpdir(), 'openops-flush-'));
  folders.push(folder);
  const database = openDatabase(path.join(folder, 'queue.sqlite'));
  database.exec('CREATE TABLE calls (id INTEGER PRIMARY KEY, number TEXT NOT NULL)');
  return database;
};

/** A disk flush the test finishes by hand, counting how many were started. */
const manualDisk = () => {
  const flushes: Array<{ finish: () => void; refuse: (error: Error) => void }> = [];
  return {
    flushes,
    sync: () =>
      new Promise<void>((resolve, reject) => {
        flushes.push({ finish: resolve, refuse: reject });
      }),
  };
};

const synchronousLevel = (database: SqliteDatabase): unknown =>
  database.pragma('synchronous', { simple: true });

describe('late flush', () => {
  it('commits without the disk, then answers only after one flush covering every commit', async () => {
    const database = databaseOnDisk();
    const disk = manualDisk();
    const late = createLateFlush(database, createAtomically(database), disk.sync);
    const insert = database.prepare('INSERT INTO calls (number) VALUES (?)');
    expect(late.settled()).toBeNull();

    // The very first commit too writes the WAL and leaves flushing it to `settled`.
    late.atomically(() => {
      expect(synchronousLevel(database)).toBe(1);
      insert.run('A001');
    });
    expect(synchronousLevel(database)).toBe(2);
    late.atomically(() => {
      expect(synchronousLevel(database)).toBe(1);
      insert.run('A002');
    });
    // Committed: readable at once, and the connection is back to flushing at every commit.
    expect(database.prepare('SELECT COUNT(*) AS count FROM calls').get()).toEqual({ count: 2 });
    expect(synchronousLevel(database)).toBe(2);

    let answered = false;
    const answer = Promise.resolve(afterFlush(late.settled(), { ok: true, data: 'A002' })).then(
      (reply) => {
        answered = true;
        return reply;
      },
    );
    await new Promise((resolve) => setImmediate(resolve));
    expect(answered).toBe(false);
    expect(disk.flushes).toHaveLength(1);
    disk.flushes[0]?.finish();
    expect(await answer).toEqual({ ok: true, data: 'A002' });
    expect(late.settled()).toBeNull();
  });

  it('has a commit made during a flush wait for the next one, shared by all who ask', async () => {
    const database = databaseOnDisk();
    const disk = manualDisk();
    const late = createLateFlush(database, createAtomically(database), disk.sync);
    const insert = database.prepare('INSERT INTO calls (number) VALUES (?)');
    late.atomically(() => insert.run('A001'));
    const first = late.settled();
    // Asked again before anything new: the running flush already covers it.
    expect(late.settled()).toBe(first);

    late.atomically(() => insert.run('A002'));
    const second = late.settled();
    const third = late.settled();
    expect(second).not.toBe(first);
    expect(third).toBe(second);
    expect(disk.flushes).toHaveLength(1);

    disk.flushes[0]?.finish();
    await first;
    await new Promise((resolve) => setImmediate(resolve));
    expect(disk.flushes).toHaveLength(2);
    disk.flushes[1]?.finish();
    await second;
    expect(late.settled()).toBeNull();
  });

  it('refuses the answer when the disk refuses, and flushes again for the next one', async () => {
    const database = databaseOnDisk();
    const disk = manualDisk();
    const late = createLateFlush(database, createAtomically(database), disk.sync);
    late.atomically(() => database.prepare('INSERT INTO calls (number) VALUES (?)').run('A001'));
    const answer = afterFlush(late.settled(), { ok: true, data: 'A001' });
    disk.flushes[0]?.refuse(new Error('EIO'));
    expect(await answer).toMatchObject({ ok: false, error: { code: 'internal' } });
    const retry = late.settled();
    expect(retry).not.toBeNull();
    expect(disk.flushes).toHaveLength(2);
    disk.flushes[1]?.finish();
    await retry;
  });

  it('leaves nothing half done when the work fails, and joins a transaction already open', () => {
    const database = databaseOnDisk();
    const atomically = createAtomically(database);
    const late = createLateFlush(database, atomically, manualDisk().sync);
    const insert = database.prepare('INSERT INTO calls (number) VALUES (?)');
    expect(() =>
      late.atomically(() => {
        insert.run('A001');
        throw new Error('policy failed');
      }),
    ).toThrow('policy failed');
    expect(synchronousLevel(database)).toBe(2);
    expect(late.settled()).toBeNull();

    atomically(() => late.atomically(() => insert.run('A002')));
    // The outer transaction committed with its own flush: nothing left waiting.
    expect(late.settled()).toBeNull();
    expect(database.prepare('SELECT number FROM calls').all()).toEqual([{ number: 'A002' }]);
  });

  it('flushes the real write-ahead log file', async () => {
    const database = databaseOnDisk();
    const late = createLateFlush(database, createAtomically(database));
    late.atomically(() => database.prepare('INSERT INTO calls (number) VALUES (?)').run('A001'));
    await expect(late.settled()).resolves.toBeUndefined();
    expect(late.settled()).toBeNull();
  });
});

import Database from 'better-sqlite3';
import { migrations } from './migrations';

export type SqliteDatabase = Database.Database;

/**
 * Opens the operational store. WAL with `synchronous=FULL` makes every committed
 * transaction survive a power cut, at a per-write cost that does not grow with the day.
 */
export const openDatabase = (filePath: string): SqliteDatabase => {
  const database = new Database(filePath);
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = FULL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  migrate(database);
  return database;
};

/**
 * Runs `work` in one transaction, or as part of the caller's when one is already open. A
 * joined call adds no savepoint statements; an error it throws still reaches the caller and
 * rolls the whole transaction back (no caller catches one and carries on writing).
 */
export const joiningTransaction = <A extends unknown[], R>(
  database: SqliteDatabase,
  work: (...args: A) => R,
): ((...args: A) => R) => {
  const own = database.transaction(work);
  return (...args: A): R => (database.inTransaction ? work(...args) : own(...args));
};

/** `atomically` for the queue: one transaction function built once, not one per change. */
export const createAtomically = (database: SqliteDatabase) => {
  const run = joiningTransaction(database, (work: () => unknown) => work());
  return <T>(work: () => T): T => run(work) as T;
};

const migrate = (database: SqliteDatabase): void => {
  const current = database.pragma('user_version', { simple: true }) as number;
  migrations.slice(current).forEach((sql, index) => {
    database.transaction(() => {
      database.exec(sql);
      database.pragma(`user_version = ${current + index + 1}`);
    })();
  });
};

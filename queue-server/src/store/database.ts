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

const migrate = (database: SqliteDatabase): void => {
  const current = database.pragma('user_version', { simple: true }) as number;
  migrations.slice(current).forEach((sql, index) => {
    database.transaction(() => {
      database.exec(sql);
      database.pragma(`user_version = ${current + index + 1}`);
    })();
  });
};

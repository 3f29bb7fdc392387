import type { AuditEntry } from '@openops/protocol';
import type { SqliteDatabase } from '../store/database';

export type AuditLog = {
  record: (entry: Omit<AuditEntry, 'id'>) => AuditEntry;
  list: (limit: number) => AuditEntry[];
};

type Row = {
  id: number;
  at: string;
  actor: string;
  section: string;
  action: string;
  summary: string;
};

/**
 * Who changed what in the centre's configuration: one row per accepted change, committed in
 * SQLite (the configuration itself is lowdb, which keeps no history). Only appended, never edited.
 */
export const createAuditLog = (database: SqliteDatabase): AuditLog => {
  const insert = database.prepare(
    `INSERT INTO config_audit (at, actor, section, action, summary)
     VALUES (@at, @actor, @section, @action, @summary)`,
  );
  const list = database.prepare<[number], Row>(
    'SELECT * FROM config_audit ORDER BY id DESC LIMIT ?',
  );
  return {
    record: (entry) => {
      const result = insert.run(entry);
      return { id: Number(result.lastInsertRowid), ...entry };
    },
    list: (limit) => list.all(limit),
  };
};

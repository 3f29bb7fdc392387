import type { SqliteDatabase } from './database';

export type NamedOfficer = { id: string; name: string };

/**
 * The last configured name of every officer account the centre has had. Records keep an
 * officer's id; once the account leaves the configuration, this is where its name is found.
 */
export type OfficerNames = {
  /** Keeps the configured officers' current names (called at start and on each change). */
  remember: (officers: readonly NamedOfficer[]) => void;
  /** Every officer known, configured or removed, by id. */
  all: () => NamedOfficer[];
};

export const createOfficerNames = (database: SqliteDatabase): OfficerNames => {
  const upsert = database.prepare<[string, string]>(
    `INSERT INTO officer_names (officer_id, name) VALUES (?, ?)
     ON CONFLICT (officer_id) DO UPDATE SET name = excluded.name WHERE name != excluded.name`,
  );
  const everyone = database.prepare<[], { officer_id: string; name: string }>(
    'SELECT officer_id, name FROM officer_names ORDER BY officer_id',
  );
  const rememberAll = database.transaction((officers: readonly NamedOfficer[]) => {
    officers.forEach((officer) => upsert.run(officer.id, officer.name));
  });
  return {
    remember: (officers) => rememberAll(officers),
    all: () => everyone.all().map((row) => ({ id: row.officer_id, name: row.name })),
  };
};

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openCentreConfig, type CentreConfigStore } from '../config/centre-config-store';
import { openDatabase, type SqliteDatabase } from '../store/database';
import { loadApplicantIdKey } from './applicant-id-digest';
import { createDossierArea, type DossierArea } from './dossier-area';

export type DossierTestCentre = {
  dataDir: string;
  config: CentreConfigStore;
  database: SqliteDatabase;
  area: DossierArea;
};

/**
 * Demo centres' dossiers on real data folders, for tests, wired as the server wires them
 * (configuration, store, the applicant ID key). `open` makes one, or opens an existing folder
 * again; `closeAll` (after each test) closes the stores and removes the folders it made.
 */
export const dossierTestCentres = (clock: () => Date) => {
  const folders: string[] = [];
  const databases: SqliteDatabase[] = [];
  return {
    open: async (folder?: string): Promise<DossierTestCentre> => {
      const dataDir = folder ?? mkdtempSync(path.join(tmpdir(), 'openops-dossiers-'));
      if (!folder) folders.push(dataDir);
      const config = await openCentreConfig(path.join(dataDir, 'centre.json'), { demo: true });
      const database = openDatabase(path.join(dataDir, 'queue.sqlite'));
      databases.push(database);
      const area = createDossierArea({
        database,
        config,
        clock,
        applicantIdKey: loadApplicantIdKey(dataDir),
      });
      return { dataDir, config, database, area };
    },
    closeAll: (): void => {
      databases.splice(0).forEach((database) => database.open && database.close());
      folders.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
    },
  };
};

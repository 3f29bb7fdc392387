import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const made: string[] = [];

// Logs and screenshots go to test-results; these folders hold only a test's disposable data
// (stores, spools, pseudo-terminal links). OPENOPS_KEEP_TEST_FOLDERS=1 keeps them to look into.
const removeAll = (): void => {
  if (process.env.OPENOPS_KEEP_TEST_FOLDERS === '1') return;
  made.splice(0).forEach((folder) => {
    try {
      rmSync(folder, { recursive: true, force: true, maxRetries: 2 });
    } catch {
      // A process the test left running may still write there; the system's cleaner will.
    }
  });
};

/**
 * A fresh folder under the system's temporary folder (`openops-<prefix>-XXXXXX`), removed when
 * this test process exits: after every test of the file, so a server may be stopped and started
 * again on the same folder, yet a run of the suite leaves nothing behind.
 */
export const temporaryFolder = (prefix: string): string => {
  if (made.length === 0) process.once('exit', removeAll);
  const folder = mkdtempSync(path.join(tmpdir(), `openops-${prefix}-`));
  made.push(folder);
  return folder;
};

import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { startQueueServer, type QueueServerProcess } from './queue-server-process';

/** The parts of centre.json tests edit; the server validates the whole file on start. */
export type CentreJson = {
  services: { id: string; [field: string]: unknown }[];
  displays: { id: string; [field: string]: unknown }[];
  counters: { id: string; serviceIds: string[]; [field: string]: unknown }[];
  [section: string]: unknown;
};

/**
 * Starts the real queue server on the demo centre with its configuration edited first: a
 * first start writes the demo configuration, the test edits it as JSON on disk, and a second
 * start reads it back through the server's own validation. `--demo` again keeps the edited
 * file and leaves demo access open to unpaired test clients.
 */
export const startServerWithEditedCentre = async (
  edit: (config: CentreJson) => void,
  logName?: string,
): Promise<QueueServerProcess> => {
  const first = await startQueueServer(logName ? { logName } : {});
  await first.stop();
  const file = path.join(first.dataDir, 'centre.json');
  const config = JSON.parse(readFileSync(file, 'utf8')) as CentreJson;
  edit(config);
  writeFileSync(file, JSON.stringify(config, null, 2));
  return startQueueServer({ dataDir: first.dataDir, ...(logName ? { logName } : {}) });
};

/** Applies per-id field overrides to a list of configured items. */
export const withOverrides = <T extends { id: string }>(
  items: T[],
  overrides: Record<string, Record<string, unknown>>,
): T[] => items.map((item) => ({ ...item, ...overrides[item.id] }));

/** A loopback port free at the time of asking, for a server that must come back on it. */
export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnTs, type SpawnedProcess } from './spawned-process';

export type QueueServerProcess = SpawnedProcess & { url: string; dataDir: string };

/** Starts the real queue server CLI on a free port with its own data folder. */
export const startQueueServer = async (
  options: { dataDir?: string; demo?: boolean } = {},
): Promise<QueueServerProcess> => {
  const dataDir = options.dataDir ?? mkdtempSync(path.join(tmpdir(), 'openops-e2e-'));
  const server = spawnTs('queue-server', 'queue-server/src/cli.ts', [
    '--port',
    '0',
    '--host',
    '127.0.0.1',
    '--data',
    dataDir,
    ...(options.demo === false ? [] : ['--demo']),
  ]);
  const [, url] = await server.waitForLine(/listening on (http:\/\/\S+)/);
  if (!url) throw new Error('queue server printed no URL');
  return { ...server, url, dataDir };
};

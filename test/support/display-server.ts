import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { startQueueServer, type QueueServerProcess } from './queue-server-process';
import { spawnTs } from './spawned-process';

/** Optional display fields the display tests set on the demo centre's displays. */
export type DisplayOverrides = Record<string, Record<string, unknown>>;

/**
 * Starts the real queue server on the demo centre, with fields of some displays changed first
 * (a notice, layout options): the demo configuration is written by a first start, edited as
 * JSON on disk, and read back by the second start, so it passes the server's own validation.
 */
export const startServerWithDisplays = async (
  overrides: DisplayOverrides,
): Promise<QueueServerProcess> => {
  const first = await startQueueServer();
  await first.stop();
  const file = path.join(first.dataDir, 'centre.json');
  const config = JSON.parse(readFileSync(file, 'utf8')) as { displays: { id: string }[] };
  config.displays = config.displays.map((display) => ({ ...display, ...overrides[display.id] }));
  writeFileSync(file, JSON.stringify(config, null, 2));
  // `--demo` again: the file exists so it is kept, and demo access stays open to test clients.
  return startQueueServer({ dataDir: first.dataDir });
};

/** A port free at the time of asking, for a server that must come back on the same address. */
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

/** Starts the real queue server on a given port and data folder (to restart it in place). */
export const startServerOnPort = async (
  port: number,
  dataDir: string,
): Promise<QueueServerProcess> => {
  const server = spawnTs('queue-server-display', 'queue-server/src/cli.ts', [
    '--port',
    String(port),
    '--host',
    '127.0.0.1',
    '--data',
    dataDir,
    '--demo',
  ]);
  const [, url] = await server.waitForLine(/listening on (http:\/\/\S+)/);
  if (!url) throw new Error('queue server printed no URL');
  return { ...server, url, dataDir };
};

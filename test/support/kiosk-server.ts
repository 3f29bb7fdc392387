import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { startQueueServer, type QueueServerProcess } from './queue-server-process';
import { spawnTs } from './spawned-process';

type CentreJson = { services: { id: string; [field: string]: unknown }[] };

/**
 * Starts the real queue server on the demo centre with some services changed first (a daily
 * limit, opening hours): a first start writes the demo configuration, it is edited as JSON on
 * disk, and a second start reads it back through the server's own validation.
 */
export const startKioskServerWith = async (
  serviceOverrides: Record<string, Record<string, unknown>>,
): Promise<QueueServerProcess> => {
  const first = await startQueueServer();
  await first.stop();
  const file = path.join(first.dataDir, 'centre.json');
  const config = JSON.parse(readFileSync(file, 'utf8')) as CentreJson;
  config.services = config.services.map((service) => ({
    ...service,
    ...serviceOverrides[service.id],
  }));
  writeFileSync(file, JSON.stringify(config, null, 2));
  // `--demo` again: it keeps the edited file and leaves demo access open for unpaired kiosks.
  return startQueueServer({ dataDir: first.dataDir });
};

/** A loopback port free at the time of asking, for a server that must come back on it. */
export const freeKioskPort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });

/** Starts the real queue server on a fixed port and data folder, so it can restart in place. */
export const startKioskServerOnPort = async (
  port: number,
  dataDir: string,
): Promise<QueueServerProcess> => {
  const server = spawnTs('queue-server-kiosk', 'queue-server/src/cli.ts', [
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

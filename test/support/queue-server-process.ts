import { spawnEntry, type SpawnedProcess } from './spawned-process';
import { temporaryFolder } from './temporary-folder';

export type QueueServerProcess = SpawnedProcess & { url: string; dataDir: string };

export type QueueServerOptions = {
  /** Reuse a data folder (a restart); default a fresh temporary folder. */
  dataDir?: string;
  /** Create the demo centre when missing. Default true. */
  demo?: boolean;
  /**
   * Require sign-in and device pairing as in a real centre. Default false: a demo server
   * trusts clients that present no token, which the app and hardware tests rely on.
   */
  secure?: boolean;
  /** Log name under test-results/logs; default `queue-server`. */
  logName?: string;
  /** A fixed port, to restart a server in place; default 0 (a free one). */
  port?: number;
  /** The entry point; default the TypeScript sources (`queue-server/src/cli.ts`). */
  entry?: string;
  /** More command-line options, after the ones above. */
  args?: readonly string[];
};

/** Starts the real queue server CLI on a free port with its own data folder. */
export const startQueueServer = async (
  options: QueueServerOptions = {},
): Promise<QueueServerProcess> => {
  const dataDir = options.dataDir ?? temporaryFolder('e2e');
  const entry = options.entry ?? 'queue-server/src/cli.ts';
  const server = spawnEntry(options.logName ?? 'queue-server', entry, [
    '--port',
    String(options.port ?? 0),
    '--host',
    '127.0.0.1',
    '--data',
    dataDir,
    ...(options.demo === false ? [] : ['--demo']),
    ...(options.secure ? ['--secure'] : []),
    ...(options.args ?? []),
  ]);
  const [, url] = await server.waitForLine(/listening on (http:\/\/\S+)/);
  if (!url) throw new Error('queue server printed no URL');
  return { ...server, url, dataDir };
};

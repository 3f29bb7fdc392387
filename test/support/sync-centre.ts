import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Dossier, SyncStatus } from '@openops/protocol';
import { spawnEntry, type SpawnedProcess } from './spawned-process';
import { testCentreKey } from './reference-backend-process';
import { temporaryFolder } from './temporary-folder';

export type SyncCentre = SpawnedProcess & { url: string; dataDir: string };

/** Retries fast enough that an hour of a real centre's backoff passes in seconds. */
export const fastRetry = {
  baseDelayMs: 20,
  maxDelayMs: 200,
  requestTimeoutMs: 1000,
  concurrency: 8,
};

/** Writes a `sync` section (plus the test key) to a file for `--sync-config`. */
export const writeSyncConfig = (dataDir: string, sync: Record<string, unknown>): string => {
  const file = path.join(dataDir, 'sync.json');
  writeFileSync(file, JSON.stringify({ centreKey: testCentreKey, retry: fastRetry, ...sync }));
  return file;
};

/** Starts the real queue server (demo centre) syncing with the given configuration. */
export const startSyncCentre = async (options: {
  sync: Record<string, unknown>;
  dataDir?: string;
  name?: string;
}): Promise<SyncCentre> => {
  const dataDir = options.dataDir ?? temporaryFolder('sync');
  const server = spawnEntry(options.name ?? 'sync-centre', 'queue-server/src/cli.ts', [
    '--port',
    '0',
    '--host',
    '127.0.0.1',
    '--data',
    dataDir,
    '--demo',
    '--sync-config',
    writeSyncConfig(dataDir, options.sync),
  ]);
  const [, url] = await server.waitForLine(/listening on (http:\/\/\S+)/);
  if (!url) throw new Error('queue server printed no URL');
  return { ...server, url, dataDir };
};

type Envelope<T> = { ok: true; data: T } | { ok: false; error: { code: string; message: string } };

/** Calls the centre's REST API (an anonymous demo caller has kiosk and counter rights). */
export const api = async <T>(
  centre: { url: string },
  method: 'GET' | 'POST',
  route: string,
  body?: unknown,
): Promise<Envelope<T>> => {
  const response = await fetch(`${centre.url}/api/v1${route}`, {
    method,
    ...(body === undefined
      ? {}
      : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  });
  return (await response.json()) as Envelope<T>;
};

export const mustOk = <T>(reply: Envelope<T>): T => {
  if (!reply.ok) throw new Error(`${reply.error.code}: ${reply.error.message}`);
  return reply.data;
};

/** A marriage registration (3 working days) as the counter would send it. */
export const marriageDossier = (applicant: string, extra: Record<string, unknown> = {}) => ({
  procedureId: 'dang-ky-ket-hon',
  applicant: { name: applicant, idNumber: '079203001234' },
  documents: [{ documentId: 'to-khai', form: 'original', quantity: 1 }],
  counterId: 'quay-1',
  officerName: 'Trần Văn Bình',
  ...extra,
});

/** A birth registration received at Quầy 1, its required documents ticked, by `officerName`. */
export const birthRegistration = (officerName: string) => ({
  procedureId: 'dang-ky-khai-sinh',
  applicant: { name: 'Lê Văn Khai' },
  documents: [
    { documentId: 'to-khai', form: 'original', quantity: 1 },
    { documentId: 'giay-chung-sinh', form: 'original', quantity: 1 },
  ],
  counterId: 'quay-1',
  officerName,
});

/** A building permit (land field), received at Quầy 4: the land backend's kind of dossier. */
export const buildingPermit = {
  procedureId: 'giay-phep-xay-dung',
  applicant: { name: 'Công ty TNHH Xây dựng Đại Việt' },
  documents: [
    { documentId: 'don-de-nghi', form: 'original', quantity: 1 },
    { documentId: 'giay-chung-nhan', form: 'certified-copy', quantity: 1 },
    { documentId: 'ban-ve', form: 'original', quantity: 2 },
  ],
  counterId: 'quay-4',
  officerName: 'Đỗ Thị Hạnh',
};

export const receiveDossier = async (
  centre: { url: string },
  applicant: string,
): Promise<Dossier> =>
  mustOk(await api<Dossier>(centre, 'POST', '/dossiers', marriageDossier(applicant)));

export const syncStatus = async (centre: { url: string }): Promise<SyncStatus> =>
  mustOk(await api<SyncStatus>(centre, 'GET', '/sync/status'));

/** Polls until `check` holds, failing with the last value seen; a state wait, not a sleep. */
export const eventually = async <T>(
  read: () => Promise<T>,
  check: (value: T) => boolean,
  options: { timeoutMs?: number; what?: string } = {},
): Promise<T> => {
  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  let last: T = await read();
  while (!check(last)) {
    if (Date.now() > deadline) {
      throw new Error(`${options.what ?? 'condition'} not reached; last: ${JSON.stringify(last)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    last = await read();
  }
  return last;
};

/**
 * Kills the server as a power cut would: SIGKILL to the process that runs the server code
 * (test processes load tsx in-process, so the spawned child is the server itself).
 */
export const killHard = async (process: SpawnedProcess): Promise<void> => {
  await process.stop('SIGKILL');
};

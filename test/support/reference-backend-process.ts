import type { BackendStats, FaultSettings } from '@openops/protocol';
import { spawnEntry, type SpawnedProcess } from './spawned-process';
import { temporaryFolder } from './temporary-folder';

/** The key the test centres and reference backends share. */
export const testCentreKey = 'test-centre-key-0123456789abcdef';

export type StoredRecord = { key: string; kind: string; body: Record<string, unknown>; at: string };

export type ReferenceBackendProcess = SpawnedProcess & {
  url: string;
  dataDir: string;
  setFaults: (faults: Partial<FaultSettings> & Pick<FaultSettings, 'mode'>) => Promise<void>;
  stats: () => Promise<BackendStats>;
  records: (kind?: string) => Promise<StoredRecord[]>;
  /** A department's decision at the backend, e.g. status 9 (processed). */
  setDossierStatus: (code: string, status: number) => Promise<void>;
};

const json = async <T>(response: Response): Promise<T> => {
  const body = (await response.json()) as { ok: boolean; data: T };
  if (!response.ok || !body.ok) throw new Error(`backend admin: HTTP ${response.status}`);
  return body.data;
};

/** Starts the reference OpenOPS backend CLI on a free port with its own data folder. */
export const startReferenceBackend = async (
  options: { name?: string; dataDir?: string } = {},
): Promise<ReferenceBackendProcess> => {
  const dataDir = options.dataDir ?? temporaryFolder('backend');
  const backend = spawnEntry(
    options.name ?? 'reference-backend',
    'queue-server/reference-backend/src/cli.ts',
    ['--port', '0', '--data', dataDir, '--key', testCentreKey],
  );
  const [, url] = await backend.waitForLine(/listening on (http:\/\/\S+)/);
  if (!url) throw new Error('reference backend printed no URL');
  return {
    ...backend,
    url,
    dataDir,
    setFaults: async (faults) => {
      await json(
        await fetch(`${url}/admin/faults`, {
          method: 'PUT',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(faults),
        }),
      );
    },
    stats: async () => json<BackendStats>(await fetch(`${url}/admin/stats`)),
    records: async (kind) =>
      json<StoredRecord[]>(await fetch(`${url}/admin/records${kind ? `?kind=${kind}` : ''}`)),
    setDossierStatus: async (code, status) => {
      await json(
        await fetch(`${url}/admin/dossiers/${encodeURIComponent(code)}/status`, {
          method: 'PUT',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ TrangThaiHoSo: status }),
        }),
      );
    },
  };
};

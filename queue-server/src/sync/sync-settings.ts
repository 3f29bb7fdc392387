import { readFileSync } from 'node:fs';
import { syncConfigSchema, type SyncConfig } from '@openops/protocol';

/** Sync settings given at start-up, over the `sync` section of centre.json. */
export type SyncOverrides = {
  /** A JSON file holding a whole `sync` section; replaces the one in centre.json. */
  configFile?: string;
  /** One backend for every field (the centralised model): `--backend <url>`. */
  backendUrl?: string;
  /** The centre's key for `backendUrl`: `--centre-key`, or OPENOPS_CENTRE_KEY. */
  centreKey?: string;
  /** SMS gateway send URL: `--sms <url>`. */
  smsUrl?: string;
};

export class SyncSettingsError extends Error {
  constructor(
    readonly source: string,
    readonly reason: string,
  ) {
    super(`Cấu hình đồng bộ không hợp lệ (${source}): ${reason}`);
    this.name = 'SyncSettingsError';
  }
}

const describe = (issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): string =>
  issues
    .map((issue) => `${issue.path.map(String).join('.') || '(gốc)'}: ${issue.message}`)
    .join('; ');

/**
 * The effective sync configuration, or null when the centre syncs with nothing (records then
 * wait in the outbox until a backend is configured). Throws SyncSettingsError, naming the source.
 */
export const resolveSyncConfig = (
  fromCentre: SyncConfig | undefined,
  overrides: SyncOverrides,
): SyncConfig | null => {
  let base: SyncConfig | null = fromCentre ?? null;
  if (overrides.configFile) {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(overrides.configFile, 'utf8'));
    } catch (error) {
      throw new SyncSettingsError(overrides.configFile, (error as Error).message);
    }
    const parsed = syncConfigSchema.safeParse(raw);
    if (!parsed.success)
      throw new SyncSettingsError(overrides.configFile, describe(parsed.error.issues));
    base = parsed.data;
  }
  if (overrides.backendUrl || overrides.smsUrl) {
    const candidate = {
      ...(base ?? {}),
      ...(overrides.backendUrl
        ? { backends: [{ id: 'default', url: overrides.backendUrl }], monitoring: undefined }
        : {}),
      ...(overrides.centreKey ? { centreKey: overrides.centreKey } : {}),
      ...(overrides.smsUrl ? { sms: { ...(base?.sms ?? {}), url: overrides.smsUrl } } : {}),
    };
    const parsed = syncConfigSchema.safeParse(candidate);
    if (!parsed.success)
      throw new SyncSettingsError('--backend/--sms', describe(parsed.error.issues));
    base = parsed.data;
  }
  return base;
};

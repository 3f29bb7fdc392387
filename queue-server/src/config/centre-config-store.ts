import { existsSync } from 'node:fs';
import type { Fail } from '@openops/protocol';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { centreConfigSchema, type CentreConfig } from './centre-config-schema';
import { demoCentre } from './demo-centre';

export class CentreConfigError extends Error {
  constructor(
    readonly filePath: string,
    readonly reason: string,
  ) {
    super(`Cấu hình trung tâm không hợp lệ (${filePath}): ${reason}`);
    this.name = 'CentreConfigError';
  }
}

/**
 * Why an update was refused: each path of the whole configuration that failed validation, or
 * the caller's own refusal of the change (`refused`, see `update`).
 */
export type ConfigUpdateResult =
  | { ok: true; config: CentreConfig }
  | { ok: false; issues: Array<{ path: string; message: string }> }
  | { ok: false; refused: Fail };

/**
 * Refuses a change against the configuration it replaces, e.g. one the running day relies on;
 * null lets it through.
 */
export type ConfigChangeCheck = (current: CentreConfig, next: CentreConfig) => Fail | null;

export type CentreConfigStore = {
  readonly filePath: string;
  current: () => CentreConfig;
  /**
   * Applies `mutator` to a copy of the configuration, validates the whole result and only then
   * writes it (lowdb writes a temporary file and renames it, so a crash leaves the old or the
   * new file, never half of one). Updates run one at a time, in call order.
   *
   * `check` runs on the configuration of that moment and the changed one (before validation),
   * and the result becomes current in the same synchronous step: nothing the check reads (an officer opening a
   * counter, a ticket issued) can happen between the check and the change taking effect.
   */
  update: (
    mutator: (draft: CentreConfig) => CentreConfig,
    check?: ConfigChangeCheck,
  ) => Promise<ConfigUpdateResult>;
};

/**
 * Loads the centre configuration from its lowdb JSON file, validating it whole.
 * A missing file is created from the demo centre only when `demo` is set; a broken file
 * stops start-up with its path and reason rather than falling back to a default.
 */
export const openCentreConfig = async (
  filePath: string,
  options: { demo: boolean },
): Promise<CentreConfigStore> => {
  const fileExisted = existsSync(filePath);
  if (!fileExisted && !options.demo) {
    throw new CentreConfigError(
      filePath,
      'chưa có tệp cấu hình; chạy với --demo để tạo trung tâm mẫu (no configuration file; start with --demo to create the demo centre)',
    );
  }
  const database = new Low<unknown>(new JSONFile<unknown>(filePath), null);
  try {
    await database.read();
  } catch (error) {
    throw new CentreConfigError(filePath, `không đọc được JSON: ${(error as Error).message}`);
  }
  if (!fileExisted) {
    database.data = structuredClone(demoCentre);
    await database.write();
  }
  const parsed = centreConfigSchema.safeParse(database.data);
  if (!parsed.success) {
    const reason = parsed.error.issues
      .map((issue) => `${issue.path.join('.') || '(gốc)'}: ${issue.message}`)
      .join('; ');
    throw new CentreConfigError(filePath, reason);
  }
  let config = parsed.data;
  let pending: Promise<unknown> = Promise.resolve();
  const update = (
    mutator: (draft: CentreConfig) => CentreConfig,
    check?: ConfigChangeCheck,
  ): Promise<ConfigUpdateResult> => {
    const run = async (): Promise<ConfigUpdateResult> => {
      const changed = mutator(structuredClone(config));
      // Before validation: "in use" says more than the schema's complaint about the same edit
      // (a service removed under its counters is both).
      const refused = check?.(config, changed) ?? null;
      if (refused) return { ok: false, refused };
      const next = centreConfigSchema.safeParse(changed);
      if (!next.success) {
        return {
          ok: false,
          issues: next.error.issues.map((issue) => ({
            path: issue.path.map(String).join('.') || '(root)',
            message: issue.message,
          })),
        };
      }
      // Current from the check on (see `update`); put back if the file cannot be written.
      const previous = config;
      config = next.data;
      database.data = next.data;
      try {
        await database.write();
      } catch (error) {
        config = previous;
        database.data = previous;
        throw error;
      }
      return { ok: true, config };
    };
    const result = pending.then(run, run);
    pending = result.catch(() => undefined);
    return result;
  };
  return { filePath, current: () => config, update };
};

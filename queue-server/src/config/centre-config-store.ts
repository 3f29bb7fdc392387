import { existsSync } from 'node:fs';
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

/** Why an update was refused: each path of the whole configuration that failed validation. */
export type ConfigUpdateResult =
  | { ok: true; config: CentreConfig }
  | { ok: false; issues: Array<{ path: string; message: string }> };

export type CentreConfigStore = {
  readonly filePath: string;
  current: () => CentreConfig;
  /**
   * Applies `mutator` to a copy of the configuration, validates the whole result and only then
   * writes it (lowdb writes a temporary file and renames it, so a crash leaves the old or the
   * new file, never half of one). Updates run one at a time, in call order.
   */
  update: (mutator: (draft: CentreConfig) => CentreConfig) => Promise<ConfigUpdateResult>;
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
  const update = (mutator: (draft: CentreConfig) => CentreConfig): Promise<ConfigUpdateResult> => {
    const run = async (): Promise<ConfigUpdateResult> => {
      const next = centreConfigSchema.safeParse(mutator(structuredClone(config)));
      if (!next.success) {
        return {
          ok: false,
          issues: next.error.issues.map((issue) => ({
            path: issue.path.map(String).join('.') || '(root)',
            message: issue.message,
          })),
        };
      }
      database.data = next.data;
      await database.write();
      config = next.data;
      return { ok: true, config };
    };
    const result = pending.then(run, run);
    pending = result.catch(() => undefined);
    return result;
  };
  return { filePath, current: () => config, update };
};

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

export type CentreConfigStore = {
  readonly filePath: string;
  current: () => CentreConfig;
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
  const config = parsed.data;
  return { filePath, current: () => config };
};

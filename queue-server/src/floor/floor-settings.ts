import { defaultWaitAlertMinutes, type FloorSettings } from '@openops/protocol';
import type { SqliteDatabase } from '../store/database';

export type FloorSettingsStore = {
  current: () => FloorSettings;
  save: (settings: FloorSettings) => void;
};

/** The floor view's alert threshold, kept in the operational store so it survives restarts. */
export const createFloorSettingsStore = (database: SqliteDatabase): FloorSettingsStore => {
  const read = database.prepare<[string], { value: string }>(
    'SELECT value FROM supervisor_settings WHERE key = ?',
  );
  const write = database.prepare(
    `INSERT INTO supervisor_settings (key, value) VALUES (?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
  );
  let cached: FloorSettings | null = null;
  return {
    current: () => {
      if (cached) return cached;
      const stored = Number(read.get('waitAlertMinutes')?.value);
      cached = {
        waitAlertMinutes: Number.isInteger(stored) && stored > 0 ? stored : defaultWaitAlertMinutes,
      };
      return cached;
    },
    save: (settings) => {
      write.run('waitAlertMinutes', String(settings.waitAlertMinutes));
      cached = settings;
    },
  };
};

import { createRequire } from 'node:module';

/** What this project uses of `@thiagoelg/node-printer` (libcups bindings). */
export type CupsBinding = {
  printRaw: (queue: string, bytes: Uint8Array) => Promise<string>;
};

type PrintDirect = (options: {
  data: Buffer;
  printer: string;
  type: 'RAW';
  success: (jobId: string | number) => void;
  error: (error: Error) => void;
}) => void;

/**
 * Loads the libcups binding, or null when its native build is missing (it is an optional
 * dependency: a machine without libcups2-dev still installs, and prints through `lp`).
 * libcups reads `CUPS_SERVER` like `lp` does.
 */
export const loadCupsBinding = (): CupsBinding | null => {
  let loaded: unknown;
  try {
    loaded = createRequire(import.meta.url)('@thiagoelg/node-printer');
  } catch {
    return null;
  }
  const printDirect: unknown =
    typeof loaded === 'object' && loaded !== null && 'printDirect' in loaded
      ? loaded.printDirect
      : undefined;
  if (typeof printDirect !== 'function') return null;
  return {
    printRaw: (queue, bytes) =>
      new Promise((resolve, reject) => {
        (printDirect as PrintDirect)({
          data: Buffer.from(bytes),
          printer: queue,
          type: 'RAW',
          success: (jobId) => resolve(String(jobId)),
          error: (error) => reject(error),
        });
      }),
  };
};

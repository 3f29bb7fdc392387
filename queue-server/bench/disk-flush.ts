import { closeSync, fdatasyncSync, openSync, writeSync } from 'node:fs';
import path from 'node:path';

/**
 * The disk's own price for durability: 4 KB written and flushed (`fdatasync`) in the data
 * folder's file system, in this process, with no socket and no SQLite around it.
 */
export const diskFlush = (folder: string): { once: () => Promise<number[]>; close: () => void } => {
  const file = openSync(path.join(folder, 'flush-probe.bin'), 'w');
  const page = Buffer.alloc(4096, 1);
  let offset = 0;
  return {
    once: async () => {
      const started = performance.now();
      writeSync(file, page, 0, page.length, offset);
      fdatasyncSync(file);
      offset = (offset + page.length) % (1024 * page.length);
      return [performance.now() - started];
    },
    close: () => closeSync(file),
  };
};

import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The tsx loader, registered inside the child itself (`node --import`): the `tsx` command would
 * run the entry in a grandchild, and a SIGKILL sent to the child would leave it running.
 */
export const tsxLoader = pathToFileURL(
  path.join(repoRoot, 'node_modules', 'tsx', 'dist', 'loader.mjs'),
).href;

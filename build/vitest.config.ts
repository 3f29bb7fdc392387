import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** Every workspace's unit tests in one run, for one report. */
export default defineConfig({
  root: path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..'),
  test: {
    projects: [
      'queue-server/protocol',
      'queue-server/client',
      'queue-server',
      'queue-server/reference-backend',
      'hardware',
      'kiosk-app',
      'counter-app',
      'display-app',
      'build/shell',
    ],
  },
});

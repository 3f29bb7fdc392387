// Compiles the queue server and its npm packages into one ES module, so a centre's server
// starts from plain JavaScript: no TypeScript loader in memory, no per-file transform and no
// module resolution across node_modules at every start.
// Usage: node build/scripts/build-server.mjs [entry.ts] [out-folder]
//   default: queue-server/src/cli.ts -> queue-server/dist/server/cli.mjs
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const entry = path.resolve(repoRoot, process.argv[2] ?? 'queue-server/src/cli.ts');
// Three folders below the repository, like the sources it replaces: the server finds the
// apps' builds relative to its own file (queue-server/src/http/static-apps.ts).
const outdir = path.resolve(repoRoot, process.argv[3] ?? 'queue-server/dist/server');

const started = performance.now();
// Chunk names carry a content hash: each build would otherwise leave the last one's behind.
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: [entry],
  outdir,
  entryNames: '[name]',
  outExtension: { '.js': '.mjs' },
  // What the server imports on demand (the preview rasteriser, the workbook writer) goes in
  // chunks of its own, loaded only when first asked for.
  splitting: true,
  chunkNames: '[name]-[hash]',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  // Bundled ES modules have no `require`; the CommonJS packages inside still call it.
  banner: {
    js: "import { createRequire as openopsCreateRequire } from 'node:module'; const require = openopsCreateRequire(import.meta.url);",
  },
  // npm packages are bundled too: resolving and reading some hundreds of small files cost a
  // third of a second at every start. Left in node_modules: native addons, the optional
  // native speed-ups ws looks for, and the workbook writer, which reports load on first use.
  external: ['better-sqlite3', '@napi-rs/canvas', 'bufferutil', 'utf-8-validate', 'exceljs'],
});
const output = path.join(outdir, `${path.basename(entry, '.ts')}.mjs`);
process.stdout.write(
  `built ${path.relative(repoRoot, output)} in ${(performance.now() - started).toFixed(0)} ms\n`,
);

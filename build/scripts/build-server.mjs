// Compiles the queue server into one ES module, so a centre's server starts from plain
// JavaScript: no TypeScript loader in memory and no per-file transform at every start.
// Usage: node build/scripts/build-server.mjs [entry.ts] [out-folder]
//   default: queue-server/src/cli.ts -> queue-server/dist/server/cli.mjs
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const entry = path.resolve(repoRoot, process.argv[2] ?? 'queue-server/src/cli.ts');
// Three folders below the repository, like the sources it replaces: the server finds the
// apps' builds relative to its own file (queue-server/src/http/static-apps.ts).
const outdir = path.resolve(repoRoot, process.argv[3] ?? 'queue-server/dist/server');

const started = performance.now();
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
  // Bundled ES modules have no `require`; CommonJS packages left outside still need one.
  banner: {
    js: "import { createRequire as openopsCreateRequire } from 'node:module'; const require = openopsCreateRequire(import.meta.url);",
  },
  plugins: [
    {
      // The project's own workspaces are TypeScript sources and go into the bundle; npm
      // packages (native addons such as better-sqlite3 among them) stay in node_modules.
      name: 'npm-packages-external',
      setup: (bundler) => {
        bundler.onResolve({ filter: /^[^./]/ }, (args) =>
          args.path.startsWith('@openops/') ? undefined : { path: args.path, external: true },
        );
      },
    },
  ],
});
const output = path.join(outdir, `${path.basename(entry, '.ts')}.mjs`);
process.stdout.write(
  `built ${path.relative(repoRoot, output)} in ${(performance.now() - started).toFixed(0)} ms\n`,
);

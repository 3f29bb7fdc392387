import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { localPageHtml } from '../local-page/local-page-html';
import { localPageStyle } from '../../renderer/local-page-style';
import { shellApps, type ShellApp } from '../shell-options';
import { appPackageJson, mainExternals } from './bundle-plan';

/** Repository root, from this file's place in build/shell/src/packaging. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const rendererDir = path.join(repoRoot, 'build/shell/renderer');

/** Where an app's Electron bundle goes; its package.json `main` points here. */
export const bundleDir = (app: ShellApp): string => path.join(repoRoot, `${app}-app/electron/dist`);

/** Electron 38 runs Node 22 and Chromium 140. */
const nodeTarget = 'node22';
const chromeTarget = 'chrome140';

/**
 * Bundles one app's Electron main, the shared preload and the local page into `outDir`,
 * with the package.json electron-builder packages. Returns the files written.
 */
export const bundleApp = async (app: ShellApp, outDir = bundleDir(app)): Promise<string[]> => {
  await mkdir(outDir, { recursive: true });
  const root = JSON.parse(await readFile(path.join(repoRoot, 'package.json'), 'utf8')) as {
    version: string;
  };
  const hardware = JSON.parse(
    await readFile(path.join(repoRoot, 'hardware/package.json'), 'utf8'),
  ) as { dependencies: Record<string, string> };

  await build({
    entryPoints: [path.join(repoRoot, `${app}-app/electron/main.ts`)],
    outfile: path.join(outDir, 'main.cjs'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: nodeTarget,
    external: mainExternals(),
    sourcemap: 'linked',
    logLevel: 'warning',
    // import.meta.url has no meaning in CommonJS; the shell's modules that need paths use __dirname.
    define: { 'import.meta.url': '__importMetaUrl' },
    banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  });
  // A sandboxed preload may require only 'electron': everything else is bundled in.
  await build({
    entryPoints: [path.join(rendererDir, 'preload.ts')],
    outfile: path.join(outDir, 'preload.cjs'),
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    target: chromeTarget,
    external: ['electron'],
    logLevel: 'warning',
  });
  const script = await build({
    entryPoints: [path.join(rendererDir, 'local-page-script.ts')],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: chromeTarget,
    minify: true,
    write: false,
    logLevel: 'warning',
  });
  const scriptText = script.outputFiles[0]?.text ?? '';
  await writeFile(path.join(outDir, 'local-page.html'), localPageHtml(scriptText, localPageStyle));
  await writeFile(
    path.join(outDir, 'package.json'),
    `${JSON.stringify(appPackageJson(app, root.version, hardware.dependencies), null, 2)}\n`,
  );
  return ['main.cjs', 'preload.cjs', 'local-page.html', 'package.json'].map((file) =>
    path.join(outDir, file),
  );
};

const isEntry =
  process.argv[1] !== undefined && fileURLToPath(import.meta.url) === path.resolve(process.argv[1]);

if (isEntry) {
  const requested = process.argv.slice(2);
  const apps =
    requested.length === 0 ? shellApps : shellApps.filter((app) => requested.includes(app));
  for (const app of apps) {
    const files = await bundleApp(app);
    process.stdout.write(
      `${app}: ${files.map((file) => path.relative(repoRoot, file)).join(', ')}\n`,
    );
  }
}

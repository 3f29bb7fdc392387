import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'electron-builder';
import { shellApps, type ShellApp } from '../shell-options';
import { bundleApp, repoRoot } from './bundle-electron';
import { electronBuilderConfig } from './electron-builder-config';

const usage = `Usage: npm run package -w @openops/shell -- <kiosk|counter|display|all> [--linux] [--win] [--update-url <url>]
  --linux       AppImage and deb (default when neither platform is named)
  --win         NSIS installer (on Linux this needs wine)
  --update-url  the centre server first published to, e.g. http://192.168.1.10:8080`;

/** Bundles, then packages, each requested app; installers land in build/electron-builder/dist/<app>. */
const main = async (): Promise<void> => {
  const { values, positionals } = parseArgs({
    options: {
      linux: { type: 'boolean', default: false },
      win: { type: 'boolean', default: false },
      'update-url': { type: 'string' },
    },
    allowPositionals: true,
  });
  const wanted = positionals[0] ?? '';
  const apps: readonly ShellApp[] =
    wanted === 'all' ? shellApps : shellApps.filter((app) => app === wanted);
  if (apps.length === 0) throw new Error(`unknown app "${wanted}"`);
  const electron = JSON.parse(
    await readFile(path.join(repoRoot, 'node_modules/electron/package.json'), 'utf8'),
  ) as { version: string };
  // An empty list means "the targets the configuration names" for that platform.
  const platforms = {
    ...(values.linux || !values.win ? { linux: [] } : {}),
    ...(values.win ? { win: [] } : {}),
  };
  for (const app of apps) {
    await bundleApp(app);
    const artifacts = await build({
      projectDir: repoRoot,
      ...platforms,
      config: electronBuilderConfig(app, {
        electronVersion: electron.version,
        ...(values['update-url'] ? { updateBaseUrl: values['update-url'] } : {}),
      }),
      publish: 'never',
    });
    process.stdout.write(`${app}:\n${artifacts.map((file) => `  ${file}`).join('\n')}\n`);
  }
};

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${usage}\n`);
  process.exit(1);
});

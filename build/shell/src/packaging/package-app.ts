import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { parseArgs, promisify } from 'node:util';
import { build } from 'electron-builder';
import { shellApps, type ShellApp } from '../shell-options';
import { bundleApp, repoRoot } from './bundle-electron';
import { electronBuilderConfig } from './electron-builder-config';

const run = promisify(execFile);

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
  const platforms: Platform[] = [
    ...(values.linux || !values.win ? (['linux'] as const) : []),
    ...(values.win ? (['win'] as const) : []),
  ];
  for (const app of apps) {
    for (const platform of platforms) {
      const artifacts = await packageOne(app, platform, electron.version, values['update-url']);
      process.stdout.write(
        `${app} (${platform}):\n${artifacts.map((file) => `  ${file}`).join('\n')}\n`,
      );
    }
  }
};

type Platform = 'linux' | 'win';

/** npm's names for the platform whose prebuilt addons the staged app installs. */
const npmPlatform: Record<Platform, string[]> = {
  linux: ['--os=linux', '--cpu=x64'],
  win: ['--os=win32', '--cpu=x64'],
};

/**
 * Stages one app for one platform in a temporary folder outside the repository (see
 * BuilderOptions.appDir), installs its runtime externals with that platform's prebuilt
 * addons, and runs electron-builder on it.
 */
const packageOne = async (
  app: ShellApp,
  platform: Platform,
  electronVersion: string,
  updateBaseUrl: string | undefined,
): Promise<string[]> => {
  const appDir = await mkdtemp(path.join(tmpdir(), `openops-${app}-${platform}-`));
  await bundleApp(app, appDir);
  // Scripts are skipped: every addon ships Node-API prebuilds for the platform.
  await run(
    'npm',
    [
      'install',
      '--omit=dev',
      '--ignore-scripts',
      '--no-audit',
      '--no-fund',
      ...npmPlatform[platform],
    ],
    { cwd: appDir },
  );
  return build({
    projectDir: repoRoot,
    // An empty list means "the targets the configuration names" for that platform.
    [platform]: [],
    config: electronBuilderConfig(app, {
      electronVersion,
      appDir,
      ...(updateBaseUrl ? { updateBaseUrl } : {}),
    }),
    publish: 'never',
  });
};

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${usage}\n`);
  process.exit(1);
});

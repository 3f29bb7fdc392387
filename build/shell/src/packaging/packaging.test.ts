import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Ajv } from 'ajv';
import { describe, expect, it, onTestFinished } from 'vitest';
import { shellApps } from '../shell-options';
import { bundleApp, repoRoot } from './bundle-electron';
import { appPackageJson, mainExternals, unclassifiedDependencies } from './bundle-plan';
import { electronBuilderConfig } from './electron-builder-config';

const run = promisify(execFile);

const readJson = async (file: string): Promise<Record<string, unknown>> =>
  JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;

/** electron-builder's JSON schema of its configuration, compiled once (it is large). */
let compiled: ReturnType<Ajv['compile']> | null = null;
const builderSchema = async (): Promise<ReturnType<Ajv['compile']>> => {
  compiled ??= new Ajv({ allErrors: true, strict: false }).compile(
    await readJson(path.join(repoRoot, 'node_modules/app-builder-lib/scheme.json')),
  );
  return compiled;
};

// Compiling electron-builder's schema and bundling take seconds on a busy two-core machine.
const slow = { timeout: 60_000 };

describe('electron-builder configuration', () => {
  it("validates against electron-builder's own schema for every app", slow, async () => {
    const validate = await builderSchema();
    for (const app of shellApps) {
      const config = electronBuilderConfig(app, {
        electronVersion: '38.8.6',
        updateBaseUrl: 'http://10.0.0.1:8081',
      });
      const valid = validate(config);
      expect(validate.errors ?? [], app).toEqual([]);
      expect(valid).toBe(true);
    }
  });

  it('catches a broken configuration, so the check above can fail', slow, async () => {
    const validate = await builderSchema();
    const config = {
      ...electronBuilderConfig('kiosk', { electronVersion: '38.8.6' }),
      linux: { target: 42 },
    };
    expect(validate(config)).toBe(false);
    expect(validate({ ...config, linux: undefined, nsiss: {} })).toBe(false);
  });

  it('builds AppImage, deb and NSIS, each app with its own id, icon and update folder', () => {
    const kiosk = electronBuilderConfig('kiosk', { electronVersion: '38.8.6' });
    const display = electronBuilderConfig('display', {
      electronVersion: '38.8.6',
      updateBaseUrl: 'http://s:8081/',
    });
    expect(kiosk.linux?.target).toEqual(['AppImage', 'deb']);
    expect(kiosk.win?.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(kiosk.appId).not.toBe(display.appId);
    expect(kiosk.publish).toEqual([
      { provider: 'generic', url: 'http://openops-server:8080/updates/kiosk/', channel: 'latest' },
    ]);
    expect(display.publish).toEqual([
      { provider: 'generic', url: 'http://s:8081/updates/display/', channel: 'latest' },
    ]);
    expect(kiosk.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeCliInspectArguments: false,
    });
  });

  it('points at files that exist', () => {
    for (const app of shellApps) {
      const config = electronBuilderConfig(app, { electronVersion: '38.8.6' });
      const files = [
        config.linux?.icon,
        config.win?.icon,
        config.deb?.afterInstall,
        config.deb?.afterRemove,
        config.nsis?.include,
      ];
      for (const file of files) {
        expect(typeof file).toBe('string');
        expect(existsSync(path.join(repoRoot, String(file))), String(file)).toBe(true);
      }
    }
  });
});

describe('deb scripts', () => {
  // electron-builder fills these in its Linux script templates and throws on any other.
  const macros = new Set(['executable', 'sanitizedProductName', 'productFilename']);

  it('use only the macros electron-builder defines', async () => {
    for (const script of ['deb-after-install.sh', 'deb-after-remove.sh']) {
      const text = await readFile(path.join(repoRoot, 'build/electron-builder', script), 'utf8');
      const used = [...text.matchAll(/\$\{([^}]+)\}/g)].map((match) => match[1]);
      expect(used.length, script).toBeGreaterThan(0);
      expect(
        used.filter((name) => !macros.has(name ?? '')),
        script,
      ).toEqual([]);
    }
  });
});

describe('bundle', () => {
  it('classifies every hardware dependency as bundled or installed beside the bundle', async () => {
    const hardware = (await readJson(path.join(repoRoot, 'hardware/package.json'))) as {
      dependencies: Record<string, string>;
    };
    expect(unclassifiedDependencies(hardware.dependencies)).toEqual([]);
    expect(unclassifiedDependencies({ 'left-pad': '1' })).toEqual(['left-pad']);
  });

  it("names only the runtime externals in the packaged app's package.json", () => {
    const json = appPackageJson('counter', '1.2.3', {
      serialport: '^13',
      zod: '^4',
      'node-hid': '^3',
    });
    expect(json).toMatchObject({ name: 'openops-counter', version: '1.2.3', main: 'main.cjs' });
    expect(json.dependencies).toEqual({ serialport: '^13', 'node-hid': '^3' });
    expect(mainExternals()).toContain('electron');
  });

  it(
    'bundles a main, a preload that needs only electron, and a self-contained local page',
    slow,
    async () => {
      const outDir = await mkdtemp(path.join(tmpdir(), 'shell-bundle-'));
      onTestFinished(() => rm(outDir, { recursive: true, force: true }));
      await bundleApp('kiosk', outDir);
      const preload = await readFile(path.join(outDir, 'preload.cjs'), 'utf8');
      const required = [...preload.matchAll(/require\("([^"]+)"\)/g)].map((match) => match[1]);
      expect(new Set(required)).toEqual(new Set(['electron']));
      const html = await readFile(path.join(outDir, 'local-page.html'), 'utf8');
      expect(html).toMatch(/Content-Security-Policy/);
      expect(html).not.toMatch(/<script[^>]+src=|<link/);
      const main = await readFile(path.join(outDir, 'main.cjs'), 'utf8');
      expect(main).toContain('startShell');
      expect(await readJson(path.join(outDir, 'package.json'))).toMatchObject({
        name: 'openops-kiosk',
        main: 'main.cjs',
      });
    },
  );
});

describe('systemd units', () => {
  const units = ['openops-queue-server.service', 'openops-updates.service'];

  it.runIf(existsSync('/usr/bin/systemd-analyze'))(
    'pass systemd-analyze verify',
    slow,
    async () => {
      for (const unit of units) {
        const result = await run('systemd-analyze', [
          'verify',
          path.join(repoRoot, 'build/systemd', unit),
        ]);
        expect(result.stderr, unit).toBe('');
      }
    },
  );

  it('restart the server always and keep its data in /var/lib/openops', async () => {
    const text = await readFile(
      path.join(repoRoot, 'build/systemd/openops-queue-server.service'),
      'utf8',
    );
    expect(text).toMatch(/^Restart=always$/m);
    expect(text).toMatch(
      /^ExecStart=\/usr\/bin\/node dist\/server\/cli\.mjs .*--data \/var\/lib\/openops/m,
    );
    expect(text).toMatch(/^ProtectSystem=strict$/m);
    expect(text).toMatch(/^ReadWritePaths=\/var\/lib\/openops$/m);
  });
});

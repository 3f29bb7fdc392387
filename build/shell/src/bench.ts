import { mkdtemp, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { hashPin, verifyPin } from './admin-pin';
import { writeShellConfig } from './config-file';
import { checkIpc } from './ipc-guard';
import { bundleApp } from './packaging/bundle-electron';
import { parseShellConfig } from './shell-config';
import { shellApps } from './shell-options';

/** Figures for the shell: bundle time and sizes, PIN hashing, config writes, IPC checks. */
const print = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

const time = async (runs: number, run: () => unknown): Promise<number> => {
  const start = performance.now();
  for (let index = 0; index < runs; index += 1) await run();
  return (performance.now() - start) / runs;
};

const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;

for (const app of shellApps) {
  const outDir = await mkdtemp(path.join(tmpdir(), `shell-bench-${app}-`));
  const start = performance.now();
  const files = await bundleApp(app, outDir);
  const elapsed = performance.now() - start;
  const sizes = await Promise.all(
    files.map(async (file) => `${path.basename(file)} ${kib((await stat(file)).size)}`),
  );
  print(`bundle ${app}: ${elapsed.toFixed(0)} ms (${sizes.join(', ')})`);
}

const stored = hashPin('246813');
print(`pin hash (scrypt): ${(await time(5, () => hashPin('246813'))).toFixed(1)} ms`);
print(`pin verify: ${(await time(5, () => verifyPin('246813', stored))).toFixed(1)} ms`);

const read = parseShellConfig(
  JSON.stringify({ version: 1, serverUrl: 's:8080', deviceId: 'kiosk-1', deviceName: 'Kiosk' }),
);
if (read.kind !== 'ok') throw new Error('bench config should parse');
const file = path.join(
  await mkdtemp(path.join(tmpdir(), 'shell-bench-config-')),
  'openops-shell.json',
);
print(
  `config write (temp file, fsync, rename): ${(await time(50, () => writeShellConfig(file, read.config))).toFixed(2)} ms`,
);

const policy = {
  serverOrigin: 'http://192.168.1.10:8080',
  localPages: ['file:///opt/app/local-page.html'],
};
const sender = { url: 'file:///opt/app/local-page.html', isMainFrame: true };
const perCheck = await time(20_000, () => checkIpc('admin:pin', sender, { pin: '2468' }, policy));
print(`IPC check (sender + payload): ${(perCheck * 1000).toFixed(1)} µs`);

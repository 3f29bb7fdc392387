import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { readShellConfig, writeShellConfig } from './config-file';
import { hashPin } from './admin-pin';
import { kioskModeFor, parseShellConfig, type ShellConfig } from './shell-config';

const valid = {
  version: 1,
  serverUrl: '192.168.1.10:8080',
  deviceId: 'kiosk-hall-1',
  deviceName: 'Kiosk sảnh tầng 1',
  devices: { printer: 'tcp://192.168.1.50:9100' },
};

describe('parseShellConfig', () => {
  it('parses a valid file, normalising the server and filling defaults', () => {
    const read = parseShellConfig(JSON.stringify(valid));
    expect(read).toEqual({
      kind: 'ok',
      config: { ...valid, serverUrl: 'http://192.168.1.10:8080', autoUpdate: true },
    });
  });

  it('reports every bad path, never falls back to defaults', () => {
    const read = parseShellConfig(
      JSON.stringify({
        ...valid,
        serverUrl: 'ftp://x',
        deviceId: 'có dấu',
        devices: { printr: 'x' },
      }),
    );
    expect(read.kind).toBe('broken');
    const paths = read.kind === 'broken' ? read.problems.map((problem) => problem.path) : [];
    expect(paths).toEqual(expect.arrayContaining(['serverUrl', 'deviceId', 'devices']));
  });

  it('reports a file that is not JSON', () => {
    expect(parseShellConfig('{ "version": 1,')).toMatchObject({
      kind: 'broken',
      problems: [{ path: '(file)', message: expect.stringContaining('invalid JSON') }],
    });
  });

  it('refuses unknown keys, so a misspelt setting is noticed', () => {
    expect(parseShellConfig(JSON.stringify({ ...valid, kioskmode: false })).kind).toBe('broken');
  });
});

describe('kioskModeFor', () => {
  it('locks kiosk and display by default, not the counter, unless configured', () => {
    expect(kioskModeFor('kiosk')).toBe(true);
    expect(kioskModeFor('display')).toBe(true);
    expect(kioskModeFor('counter')).toBe(false);
    const config = { kioskMode: false } as ShellConfig;
    expect(kioskModeFor('kiosk', config)).toBe(false);
  });
});

describe('config file', () => {
  it('reads a missing file as first run, and reads back what it wrote', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'shell-config-'));
    onTestFinished(() => rm(folder, { recursive: true, force: true }));
    const file = path.join(folder, 'nested', 'openops-shell.json');
    expect(await readShellConfig(file)).toEqual({ kind: 'missing' });
    const read = parseShellConfig(JSON.stringify({ ...valid, adminPin: hashPin('2468') }));
    if (read.kind !== 'ok') throw new Error('fixture should parse');
    await writeShellConfig(file, read.config);
    expect(await readShellConfig(file)).toEqual(read);
    // the token lives here: only the owner may read it, and no temporary file is left
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await readdir(path.dirname(file))).toEqual(['openops-shell.json']);
    expect(await readFile(file, 'utf8')).toContain('"deviceName": "Kiosk sảnh tầng 1"');
  });

  it('reports a broken file and leaves it as it was', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'shell-config-'));
    onTestFinished(() => rm(folder, { recursive: true, force: true }));
    const file = path.join(folder, 'openops-shell.json');
    await writeFile(file, '{"version": 2}');
    const read = await readShellConfig(file);
    expect(read.kind).toBe('broken');
    expect(await readFile(file, 'utf8')).toBe('{"version": 2}');
  });
});

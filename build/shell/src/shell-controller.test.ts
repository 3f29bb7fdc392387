import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import type { Presentation } from '../renderer/local-bridge';
import { hashPin } from './admin-pin';
import { createShellController, type WindowPort } from './shell-controller';
import type { ShellConfig } from './shell-config';
import type { ShellApp } from './shell-options';
import { createFakePairingServer } from './testing/fake-pairing-server';

type Screen = { kind: 'local'; presentation: Presentation } | { kind: 'app'; url: string };

/** A controller wired to a fake window that records what it shows, and to the fake server. */
const setup = async (app: ShellApp, existing?: Partial<ShellConfig>, overrides = {}) => {
  const folder = await mkdtemp(path.join(tmpdir(), 'shell-controller-'));
  onTestFinished(() => rm(folder, { recursive: true, force: true }));
  const configFile = path.join(folder, 'openops-shell.json');
  if (existing) await writeFile(configFile, JSON.stringify(existing));
  const server = createFakePairingServer();
  const screens: Screen[] = [];
  const kiosk: boolean[] = [];
  const window: WindowPort = {
    showLocal: (presentation) => screens.push({ kind: 'local', presentation }),
    showApp: (url) => screens.push({ kind: 'app', url }),
    setKiosk: (on) => kiosk.push(on),
  };
  let now = Date.parse('2026-11-26T02:00:00Z');
  const hardware = vi.fn(() => ({ stop: async () => {} }));
  const controller = createShellController({
    app,
    configFile,
    overrides: { noKiosk: false, ...overrides },
    defaultDeviceId: `${app}-pc-7`,
    defaultDeviceName: `${app} pc 7`,
    fetch: server.fetch,
    now: () => new Date(now),
    window,
    startHardware: hardware,
    // Waiting is instant: the fake server is changed between polls by the test.
    delay: (_ms, signal) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(resolve, 5);
        signal.addEventListener('abort', () => {
          clearTimeout(timer);
          reject(new Error('aborted'));
        });
      }),
  });
  const last = (): Screen | undefined => screens.at(-1);
  const title = (): string => {
    const screen = last();
    return screen?.kind === 'local' ? screen.presentation.title.vi : `app ${screen?.url ?? ''}`;
  };
  const savedConfig = async (): Promise<Record<string, unknown>> =>
    JSON.parse(await readFile(configFile, 'utf8')) as Record<string, unknown>;
  return {
    controller,
    server,
    screens,
    kiosk,
    hardware,
    last,
    title,
    configFile,
    savedConfig,
    advance: (ms: number) => (now += ms),
  };
};

const paired: Partial<ShellConfig> = {
  version: 1,
  serverUrl: 'http://192.168.1.10:8080',
  deviceId: 'kiosk-hall-1',
  deviceName: 'Kiosk sảnh',
  token: 'token-1',
  adminPin: hashPin('2468'),
};

describe('shell controller', () => {
  it('walks an empty PC from setup through pairing to the app', async () => {
    const shell = await setup('kiosk');
    await shell.controller.start();
    expect(shell.title()).toBe('Cài đặt lần đầu: Ki-ốt lấy số');
    expect(shell.kiosk).toEqual([true]);

    const reply = await shell.controller.submitSetup({
      serverUrl: '192.168.1.10:8080',
      deviceName: 'Kiosk sảnh tầng 1',
      adminPin: '2468',
    });
    expect(reply).toEqual({ ok: true, data: null });
    await vi.waitFor(() => expect(shell.title()).toBe('Chờ quản trị viên phê duyệt'));
    const pending = shell.last();
    expect(pending?.kind === 'local' && pending.presentation.code).toBe('100001');
    expect(await shell.savedConfig()).toMatchObject({
      pendingRequestId: 'req-1',
      serverUrl: 'http://192.168.1.10:8080',
    });

    shell.server.approve('req-1', 'the-token');
    await vi.waitFor(() =>
      expect(shell.last()).toEqual({
        kind: 'app',
        url: 'http://192.168.1.10:8080/kiosk/?device=kiosk-pc-7',
      }),
    );
    const saved = await shell.savedConfig();
    expect(saved).toMatchObject({ token: 'the-token', deviceName: 'Kiosk sảnh tầng 1' });
    expect(saved).not.toHaveProperty('pendingRequestId');
    expect(JSON.stringify(saved)).not.toContain('2468');
    expect(shell.hardware).toHaveBeenCalledTimes(1);
    expect(shell.controller.device()).toEqual({
      app: 'kiosk',
      deviceId: 'kiosk-pc-7',
      token: 'the-token',
      serverUrl: 'http://192.168.1.10:8080',
    });
    await shell.controller.stop();
  });

  it('pairs the hardware agent as a second device when the PC has a printer', async () => {
    const shell = await setup('kiosk');
    await shell.controller.start();
    await shell.controller.submitSetup({
      serverUrl: 's:8080',
      deviceName: 'Kiosk 2',
      adminPin: '2468',
      printer: ' tcp://10.0.0.9:9100 ',
      scanner: '',
    });
    await vi.waitFor(() => expect(shell.title()).toBe('Chờ quản trị viên phê duyệt'));
    shell.server.approve('req-1', 'kiosk-token');
    await vi.waitFor(() => {
      const screen = shell.last();
      expect(screen?.kind === 'local' && screen.presentation.code).toBe('100002');
    });
    const second = shell.last();
    expect(second?.kind === 'local' && second.presentation.paragraphs[1]?.vi).toContain(
      'kiosk-pc-7-agent',
    );
    expect(shell.server.requests.get('req-2')).toMatchObject({
      deviceId: 'kiosk-pc-7-agent',
      role: 'agent',
    });
    expect(shell.hardware).not.toHaveBeenCalled();
    shell.server.approve('req-2', 'agent-token');
    await vi.waitFor(() => expect(shell.last()).toMatchObject({ kind: 'app' }));
    expect(await shell.savedConfig()).toMatchObject({
      token: 'kiosk-token',
      agentToken: 'agent-token',
      devices: { printer: 'tcp://10.0.0.9:9100' },
    });
    expect(shell.hardware).toHaveBeenCalledTimes(1);
    await shell.controller.stop();
  });

  it('refuses a device URI it cannot read, naming it', async () => {
    const shell = await setup('counter');
    await shell.controller.start();
    const reply = await shell.controller.submitSetup({
      serverUrl: 's:8080',
      deviceName: 'Quầy 1',
      keypad: 'usb:keypad',
    });
    expect(reply).toMatchObject({
      ok: false,
      error: { code: 'bad-request', message: expect.stringContaining('usb:keypad') },
    });
    expect(shell.title()).toBe('Cài đặt lần đầu: Máy quầy');
  });

  it('keeps the form and says why when the address or PIN is wrong', async () => {
    const shell = await setup('display');
    await shell.controller.start();
    const bad = await shell.controller.submitSetup({
      serverUrl: 'ftp://x',
      deviceName: 'TV',
      adminPin: '2468',
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    const screen = shell.last();
    expect(screen?.kind === 'local' && screen.presentation.details?.[0]).toMatch(
      /http or https only/,
    );
    const noPin = await shell.controller.submitSetup({ serverUrl: 's:8080', deviceName: 'TV' });
    expect(noPin).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  it('lets a counter skip the PIN: it is not locked down', async () => {
    const shell = await setup('counter');
    await shell.controller.start();
    expect(shell.kiosk).toEqual([false]);
    const screen = shell.last();
    const fields =
      screen?.kind === 'local' ? screen.presentation.form?.fields.map((field) => field.name) : [];
    expect(fields).toEqual(['serverUrl', 'deviceName', 'printer', 'scanner', 'keypad']);
    expect(
      await shell.controller.submitSetup({ serverUrl: 's:8080', deviceName: 'Quầy 3' }),
    ).toEqual({ ok: true, data: null });
    await shell.controller.stop();
  });

  it('resumes a pairing left pending before a restart', async () => {
    const shell = await setup('kiosk', { ...paired, token: undefined, pendingRequestId: 'req-1' });
    // the fake server already knows req-1 from before the restart
    await shell.server.fetch('http://s/api/v1/devices/pairing-requests', {
      method: 'POST',
      body: JSON.stringify({ deviceId: 'kiosk-hall-1', role: 'kiosk', name: 'Kiosk sảnh' }),
    });
    shell.server.approve('req-1', 'resumed');
    await shell.controller.start();
    await vi.waitFor(() => expect(shell.last()).toMatchObject({ kind: 'app' }));
    expect(shell.server.calls.filter((call) => call.startsWith('POST'))).toHaveLength(1);
    await shell.controller.stop();
  });

  it('offers to ask again after a rejection', async () => {
    const shell = await setup('kiosk', { ...paired, token: undefined });
    await shell.controller.start();
    await vi.waitFor(() => expect(shell.title()).toBe('Chờ quản trị viên phê duyệt'));
    shell.server.reject('req-1');
    await vi.waitFor(() => expect(shell.title()).toBe('Yêu cầu ghép nối bị từ chối'));
    expect(shell.controller.retryPairing()).toEqual({ ok: true, data: null });
    await vi.waitFor(() => {
      const screen = shell.last();
      expect(screen?.kind === 'local' && screen.presentation.code).toBe('100002');
    });
    await shell.controller.stop();
  });

  it('shows a broken configuration file instead of resetting it, with kiosk mode off', async () => {
    const shell = await setup('kiosk', {
      version: 1,
      serverUrl: 'nope://',
      deviceId: 'k',
    } as Partial<ShellConfig>);
    await shell.controller.start();
    expect(shell.title()).toBe('Tệp cấu hình bị lỗi');
    expect(shell.kiosk).toEqual([false]);
    const screen = shell.last();
    expect(screen?.kind === 'local' && screen.presentation.paragraphs[0]?.vi).toContain(
      shell.configFile,
    );
    expect(screen?.kind === 'local' && screen.presentation.details?.join('\n')).toMatch(
      /serverUrl/,
    );
  });

  it('opens a paired device straight into the app, and the server override wins', async () => {
    const shell = await setup('kiosk', paired, { serverUrl: 'http://10.0.0.2:9000' });
    await shell.controller.start();
    expect(shell.screens).toEqual([
      { kind: 'app', url: 'http://10.0.0.2:9000/kiosk/?device=kiosk-hall-1' },
    ]);
    expect(shell.kiosk).toEqual([true]);
  });

  it('leaves kiosk mode only after the gesture and the right PIN', async () => {
    const shell = await setup('kiosk', paired);
    await shell.controller.start();
    for (let tap = 0; tap < 4; tap += 1) shell.controller.adminTap();
    expect(shell.last()).toMatchObject({ kind: 'app' });
    shell.controller.adminTap();
    expect(shell.title()).toBe('Thoát chế độ ki-ốt');

    expect(shell.controller.submitPin('1111')).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    const wrong = shell.last();
    expect(wrong?.kind === 'local' && wrong.presentation.details?.[0]).toContain('còn 4 lần thử');
    expect(shell.kiosk).toEqual([true]);

    expect(shell.controller.submitPin('2468')).toEqual({ ok: true, data: null });
    expect(shell.kiosk).toEqual([true, false]);
    expect(shell.last()).toMatchObject({ kind: 'app' });
    // out of kiosk mode, the gesture does nothing
    shell.controller.adminShortcut();
    expect(shell.last()).toMatchObject({ kind: 'app' });
  });

  it('goes back to the app when the PIN prompt is cancelled', async () => {
    const shell = await setup('display', { ...paired, deviceId: 'display-1' });
    await shell.controller.start();
    shell.controller.adminShortcut();
    expect(shell.title()).toBe('Thoát chế độ ki-ốt');
    expect(shell.controller.cancelAdmin()).toEqual({ ok: true, data: null });
    expect(shell.last()).toMatchObject({ kind: 'app' });
    expect(shell.controller.submitPin('2468')).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
  });

  it('shows the offline page on a failed load and reloads the app when the server is back', async () => {
    const shell = await setup('kiosk', paired);
    await shell.controller.start();
    shell.controller.appLoadFailed('ERR_CONNECTION_REFUSED (-102)');
    expect(shell.title()).toBe('Mất kết nối máy chủ');
    expect(shell.controller.serverTransition('went-down')).toBe('none');
    expect(shell.controller.serverTransition('came-back')).toBe('reload');
    expect(shell.last()).toMatchObject({ kind: 'app' });
  });

  it('does not reload while setting up, whatever the server does', async () => {
    const shell = await setup('kiosk');
    await shell.controller.start();
    expect(shell.controller.serverTransition('came-back')).toBe('none');
    expect(shell.title()).toBe('Cài đặt lần đầu: Ki-ốt lấy số');
  });
});

import { DeviceUriError, parseDeviceUri } from '@openops/hardware';
import { ok, fail, type Reply, type SetupForm, type ShellDevice } from '@openops/protocol';
import { createLogger } from '@openops/protocol/logger';
import type { Presentation } from '../renderer/local-bridge';
import { createAdminGesture } from './admin-gesture';
import { createPinGuard, hashPin } from './admin-pin';
import { readShellConfig, writeShellConfig } from './config-file';
import { presentView, type LocalView } from './local-page/local-view';
import { abortableDelay, runPairing } from './pairing';
import { normaliseServerUrl, ServerUrlError } from './server-url';
import type { FetchLike, ServerTransition } from './server-watch';
import { agentIdFor, devicesPerApp, hardwarePlan } from './hardware-plan';
import { kioskModeFor, type ShellConfig, type ShellDevices } from './shell-config';
import { rendererUrl, type ShellApp, type ShellOverrides } from './shell-options';

const log = createLogger('shell');

/** What the controller needs from the window; Electron provides it, tests fake it. */
export type WindowPort = {
  /** Shows the shell's local page (loading it if another page is shown). */
  showLocal: (presentation: Presentation) => void;
  showApp: (url: string) => void;
  setKiosk: (on: boolean) => void;
};

export type ShellControllerOptions = {
  app: ShellApp;
  configFile: string;
  overrides: ShellOverrides;
  /** Proposed at first run: `<app>-<hostname>`. */
  defaultDeviceId: string;
  defaultDeviceName: string;
  fetch: FetchLike;
  now: () => Date;
  window: WindowPort;
  /** Starts the hardware agent for the paired device; returns how to stop it. */
  startHardware: (config: ShellConfig) => { stop: () => Promise<void> };
  delay?: (ms: number, signal: AbortSignal) => Promise<void>;
  pollIntervalMs?: number;
};

/** The configuration with its pending pairing request set, or removed when undefined. */
const withPending = (config: ShellConfig, requestId: string | undefined): ShellConfig => {
  const next = { ...config };
  delete next.pendingRequestId;
  return requestId ? { ...next, pendingRequestId: requestId } : next;
};

export type ShellController = ReturnType<typeof createShellController>;

/**
 * The shell's behaviour from start to a running app: read the configuration, run first-run
 * setup and pairing, open the app, handle the admin exit and the server coming back.
 * Electron-free so every path is unit-tested.
 */
export const createShellController = (options: ShellControllerOptions) => {
  const { app } = options;
  let config: ShellConfig | null = null;
  let view: LocalView | null = null;
  let showingApp = false;
  let kiosk = kioskModeFor(app) && !options.overrides.noKiosk;
  let pairingAbort: AbortController | null = null;
  let hardware: { stop: () => Promise<void> } | null = null;
  const gesture = createAdminGesture({ now: options.now });
  let pinGuard: ReturnType<typeof createPinGuard> | null = null;

  const serverUrl = (): string =>
    options.overrides.serverUrl ?? config?.serverUrl ?? 'http://localhost:8080';

  const show = (next: LocalView): void => {
    view = next;
    showingApp = false;
    options.window.showLocal(presentView(next));
  };

  const openApp = (): void => {
    if (!config) return;
    view = null;
    showingApp = true;
    options.window.showApp(rendererUrl(app, serverUrl(), config.deviceId));
  };

  const save = async (next: ShellConfig): Promise<void> => {
    await writeShellConfig(options.configFile, next);
    config = next;
  };

  const paired = async (current: ShellConfig): Promise<void> => {
    config = current;
    if (current.adminPin) pinGuard = createPinGuard({ stored: current.adminPin, now: options.now });
    kiosk = kioskModeFor(app, current) && !options.overrides.noKiosk;
    options.window.setKiosk(kiosk);
    if (!hardware) hardware = options.startHardware(current);
    openApp();
  };

  /** Runs one pairing (the app's or its agent's) and returns the token, or null if it ended without. */
  const pairOne = async (
    current: ShellConfig,
    step: 'app' | 'agent',
    signal: AbortSignal,
  ): Promise<string | null> => {
    const deviceId = step === 'app' ? current.deviceId : agentIdFor(current.deviceId);
    const deviceName =
      step === 'app' ? current.deviceName : `${current.deviceName} — thiết bị ngoại vi (hardware)`;
    const outcome = await runPairing({
      serverUrl: serverUrl(),
      deviceId,
      role: step === 'app' ? app : 'agent',
      name: deviceName.slice(0, 100),
      fetch: options.fetch,
      delay: options.delay ?? abortableDelay,
      onView: (pairing) =>
        show({ kind: 'pairing', step, pairing, serverUrl: serverUrl(), deviceId, deviceName }),
      onRequest: async (requestId) => {
        await save(withPending(config ?? current, requestId));
      },
      ...(current.pendingRequestId ? { resumeRequestId: current.pendingRequestId } : {}),
      signal,
      ...(options.pollIntervalMs ? { pollIntervalMs: options.pollIntervalMs } : {}),
    });
    if (outcome.outcome !== 'approved') {
      log.warn('pairing ended without approval', { step, outcome: outcome.outcome });
      return null;
    }
    log.info('paired', { step, deviceId, server: serverUrl() });
    return outcome.token;
  };

  /**
   * Pairs what is not paired yet: the app, then (on a PC with hardware) its agent, which the
   * server admits on /agent under its own device id. Each token is saved as soon as it comes.
   */
  const pair = async (start: ShellConfig): Promise<void> => {
    pairingAbort?.abort();
    const abort = new AbortController();
    pairingAbort = abort;
    let current = start;
    if (!current.token) {
      const token = await pairOne(current, 'app', abort.signal);
      if (!token) return;
      current = { ...withPending(config ?? current, undefined), token };
      await save(current);
    }
    if (needsAgent(current) && !current.agentToken) {
      const agentToken = await pairOne(current, 'agent', abort.signal);
      if (!agentToken) return;
      current = { ...withPending(config ?? current, undefined), agentToken };
      await save(current);
    }
    await paired(current);
  };

  const needsAgent = (current: ShellConfig): boolean =>
    Object.keys(hardwarePlan(app, current.devices).devices).length > 0;

  const isPaired = (current: ShellConfig): boolean =>
    Boolean(current.token) && (!needsAgent(current) || Boolean(current.agentToken));

  const adminRequest = (): void => {
    if (!kiosk || !showingApp) return;
    log.info('admin exit requested');
    show({ kind: 'admin-pin' });
  };

  const setupView = (error?: string): LocalView => ({
    kind: 'setup',
    app,
    serverUrl: options.overrides.serverUrl ?? config?.serverUrl ?? '',
    deviceId: config?.deviceId ?? options.defaultDeviceId,
    deviceName: config?.deviceName ?? options.defaultDeviceName,
    pinRequired: kioskModeFor(app),
    hardware: devicesPerApp[app],
    devices: config?.devices ?? {},
    ...(error ? { error } : {}),
  });

  return {
    start: async (): Promise<void> => {
      const read = await readShellConfig(options.configFile);
      switch (read.kind) {
        case 'missing':
          options.window.setKiosk(kiosk);
          show(setupView());
          return;
        case 'broken':
          log.error('configuration file is broken', {
            file: options.configFile,
            problems: read.problems,
          });
          // Kiosk mode stays off so a technician can reach the file.
          options.window.setKiosk(false);
          show({ kind: 'config-broken', file: options.configFile, problems: read.problems });
          return;
        case 'ok':
          config = read.config;
          if (isPaired(read.config)) {
            await paired(read.config);
            return;
          }
          options.window.setKiosk(kiosk);
          void pair(read.config);
          return;
        default:
          read satisfies never;
      }
    },

    presentation: (): Presentation | null => (view ? presentView(view) : null),

    submitSetup: async (form: SetupForm): Promise<Reply<null>> => {
      if (view?.kind !== 'setup') return fail('conflict', 'Không ở bước cài đặt (not in setup)');
      let server: string;
      try {
        server = normaliseServerUrl(form.serverUrl);
      } catch (error) {
        const message = error instanceof ServerUrlError ? error.message : String(error);
        show(setupView(message));
        return fail('bad-request', message);
      }
      if (kioskModeFor(app) && !form.adminPin) {
        const message = 'Cần mã PIN quản trị (an admin PIN is required)';
        show(setupView(message));
        return fail('bad-request', message);
      }
      const devices: ShellDevices = {};
      for (const kind of devicesPerApp[app]) {
        const uri = form[kind]?.trim();
        if (!uri) continue;
        try {
          parseDeviceUri(uri);
        } catch (error) {
          const message = error instanceof DeviceUriError ? error.message : String(error);
          show(setupView(message));
          return fail('bad-request', message);
        }
        devices[kind] = uri;
      }
      const next: ShellConfig = {
        version: 1,
        serverUrl: server,
        deviceId: config?.deviceId ?? options.defaultDeviceId,
        deviceName: form.deviceName.trim(),
        devices,
        autoUpdate: config?.autoUpdate ?? true,
        ...(form.adminPin ? { adminPin: hashPin(form.adminPin) } : {}),
      };
      await save(next);
      void pair(next);
      return ok(null);
    },

    retryPairing: (): Reply<null> => {
      if (view?.kind !== 'pairing' || !config)
        return fail('conflict', 'Không chờ ghép nối (not pairing)');
      void pair(config);
      return ok(null);
    },

    /** One tap in the admin corner; enough taps in time open the PIN prompt. */
    adminTap: (): void => {
      if (gesture.tap()) adminRequest();
    },

    /** The keyboard shortcut: opens the PIN prompt at once. */
    adminShortcut: (): void => adminRequest(),

    isKiosk: (): boolean => kiosk,

    submitPin: (pin: string): Reply<null> => {
      if (view?.kind !== 'admin-pin')
        return fail('conflict', 'Không có lời nhắc PIN (no PIN prompt)');
      if (!pinGuard) return fail('forbidden', 'Chưa đặt mã PIN (no admin PIN configured)');
      const check = pinGuard.check(pin);
      if (check.ok) {
        log.warn('kiosk mode left by admin PIN');
        kiosk = false;
        options.window.setKiosk(false);
        openApp();
        return ok(null);
      }
      log.warn('wrong admin PIN', { reason: check.reason });
      show({
        kind: 'admin-pin',
        failure:
          check.reason === 'locked'
            ? { reason: 'locked', retryAt: check.retryAt.toISOString() }
            : { reason: 'wrong-pin', attemptsLeft: check.attemptsLeft },
      });
      return fail(
        'forbidden',
        check.reason === 'locked' ? 'Tạm khoá (locked)' : 'Sai mã PIN (wrong PIN)',
      );
    },

    cancelAdmin: (): Reply<null> => {
      if (view?.kind !== 'admin-pin')
        return fail('conflict', 'Không có lời nhắc PIN (no PIN prompt)');
      openApp();
      return ok(null);
    },

    /** The app page failed to load: show why, and wait for the server. */
    appLoadFailed: (reason: string): void => {
      if (!config || !isPaired(config)) return;
      show({ kind: 'offline', serverUrl: serverUrl(), reason });
    },

    serverTransition: (transition: Exclude<ServerTransition, 'none'>): 'reload' | 'none' => {
      if (
        transition === 'came-back' &&
        config &&
        isPaired(config) &&
        (showingApp || view?.kind === 'offline')
      ) {
        openApp();
        return 'reload';
      }
      return 'none';
    },

    device: (): ShellDevice | null =>
      config
        ? { app, deviceId: config.deviceId, token: config.token ?? null, serverUrl: serverUrl() }
        : null,

    serverUrl,
    config: (): ShellConfig | null => config,

    stop: async (): Promise<void> => {
      pairingAbort?.abort();
      await hardware?.stop();
      hardware = null;
    },
  };
};

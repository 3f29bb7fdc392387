import {
  createKeypad,
  createPrinter,
  createScanner,
  startAgent,
  type KeypadDriver,
  type PrinterDriver,
  type ScannerDriver,
} from '@openops/hardware';
import { createLogger } from '@openops/protocol/logger';
import { agentIdFor, hardwarePlan } from './hardware-plan';
import type { ShellConfig } from './shell-config';
import type { ShellApp } from './shell-options';

const log = createLogger('shell-hardware');

export type ShellHardware = { stop: () => Promise<void> };

/** Opens one device, or logs why not and goes on without it. */
const open = <T>(kind: string, uri: string | undefined, create: (uri: string) => T): T | null => {
  if (!uri) return null;
  try {
    return create(uri);
  } catch (error) {
    log.error('device not opened', { kind, uri, error: (error as Error).message });
    return null;
  }
};

/**
 * Runs the hardware agent inside the shell's main process for the devices configured on
 * this PC, under the agent's own pairing. A device that cannot be opened is logged and left
 * out: the app still works and the server's device health shows the gap, which beats a
 * kiosk that will not start.
 */
export const startShellHardware = (
  app: ShellApp,
  config: ShellConfig,
  serverUrl: string,
): ShellHardware => {
  const plan = hardwarePlan(app, config.devices);
  for (const kind of plan.ignored) {
    log.warn('configured device not used by this app', { app, kind, uri: config.devices[kind] });
  }
  if (Object.keys(plan.devices).length === 0) return { stop: async () => {} };
  const printer: PrinterDriver | null = open('printer', plan.devices.printer, createPrinter);
  const scanner: ScannerDriver | null = open('scanner', plan.devices.scanner, createScanner);
  const keypad: KeypadDriver | null = open('keypad', plan.devices.keypad, createKeypad);
  const agent = startAgent({
    serverUrl,
    agentId: agentIdFor(config.deviceId),
    ...(config.agentToken ? { token: config.agentToken } : {}),
    boundTo: config.deviceId,
    printer,
    scanner,
    keypad,
  });
  void agent.ready.then(() => log.info('hardware agent connected', { deviceId: config.deviceId }));
  return { stop: () => agent.stop() };
};

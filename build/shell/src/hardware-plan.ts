import type { ShellDevices } from './shell-config';
import type { ShellApp } from './shell-options';

export type DeviceKind = keyof ShellDevices;

/** The hardware each app drives: a display has none, a counter also rates with a keypad. */
export const devicesPerApp: Record<ShellApp, readonly DeviceKind[]> = {
  kiosk: ['printer', 'scanner'],
  counter: ['printer', 'scanner', 'keypad'],
  display: [],
};

export type HardwarePlan = {
  /** Devices the agent should open, by kind. */
  devices: ShellDevices;
  /** Configured devices this app does not use, reported so a technician notices. */
  ignored: DeviceKind[];
};

/** Picks, from the devices configured on this PC, those the app's agent should drive. */
export const hardwarePlan = (app: ShellApp, configured: ShellDevices): HardwarePlan => {
  const wanted = devicesPerApp[app];
  const devices: ShellDevices = {};
  const ignored: DeviceKind[] = [];
  for (const kind of ['printer', 'scanner', 'keypad'] as const) {
    const uri = configured[kind];
    if (uri === undefined) continue;
    if (wanted.includes(kind)) devices[kind] = uri;
    else ignored.push(kind);
  }
  return { devices, ignored };
};

/** The agent's own id on the server, derived from the device it serves (the server checks it). */
export { agentIdFor } from '@openops/protocol';

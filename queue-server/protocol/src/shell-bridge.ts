import { z } from 'zod';
import { idSchema } from './entities';

/**
 * The Electron shell's IPC: the tiny bridge its preload exposes to pages, and the messages
 * between the shell's own local pages (setup, pairing, admin PIN) and its main process.
 * Pages are untrusted, so the main process parses every payload with these schemas.
 */

/** What an app page may ask its shell: who this device is, and the admin exit gesture. */
export const shellDeviceSchema = z.object({
  app: z.enum(['kiosk', 'counter', 'display']),
  deviceId: idSchema,
  /** Pairing token for `auth.token` in the socket handshake; null before approval. */
  token: z.string().min(1).nullable(),
  serverUrl: z.string().url(),
});
export type ShellDevice = z.infer<typeof shellDeviceSchema>;

/** Exposed by the shell's preload as `window.openopsShell`; absent in a plain browser. */
export type ShellBridge = {
  /** The paired identity of this device, for the socket handshake. */
  device: () => Promise<ShellDevice>;
};

/** Name of the bridge on `window`, for renderers that detect the shell. */
export const shellBridgeName = 'openopsShell';

/** A PIN an admin types to leave kiosk mode: 4 to 12 digits. */
export const adminPinSchema = z.string().regex(/^\d{4,12}$/, 'mã PIN gồm 4 đến 12 chữ số');

/** A device URI typed at setup (`tcp://…`, `serial:…`, `cups:…`, `hid:…`); blank means none. */
const deviceUriField = z.string().trim().max(300).optional();

/** The first-run form on the shell's setup page. */
export const setupFormSchema = z.object({
  serverUrl: z.string().min(1).max(200),
  deviceName: z.string().trim().min(1).max(100),
  /** Needed for kiosk and display, whose exit is locked behind it; optional at a counter. */
  adminPin: adminPinSchema.optional(),
  printer: deviceUriField,
  scanner: deviceUriField,
  keypad: deviceUriField,
});
export type SetupForm = z.infer<typeof setupFormSchema>;

export const adminPinEntrySchema = z.object({ pin: z.string().max(12) });
export type AdminPinEntry = z.infer<typeof adminPinEntrySchema>;

/** Every IPC channel, with the payload the main process accepts on it. */
export const shellIpcSchemas = {
  /** App page → main (invoke): the device identity. */
  'shell:device': z.undefined(),
  /** App page → main (send): one tap in the admin corner. */
  'shell:admin-tap': z.undefined(),
  /** Local page → main (invoke): the view to render now. */
  'local:view': z.undefined(),
  /** Setup page → main (invoke): the first-run form. */
  'setup:submit': setupFormSchema,
  /** Pairing page → main (invoke): ask again after a rejection or an expiry. */
  'setup:retry': z.undefined(),
  /** Admin PIN page → main (invoke). */
  'admin:pin': adminPinEntrySchema,
  /** Admin PIN page → main (invoke): close the prompt, stay in kiosk mode. */
  'admin:cancel': z.undefined(),
} as const;
export type ShellIpcChannel = keyof typeof shellIpcSchemas;
export const shellIpcChannels = Object.keys(shellIpcSchemas) as ShellIpcChannel[];

/** Main → local page: a new view to render. */
export const localViewChannel = 'local:view-changed';

/**
 * The paired identity when the page runs inside the shell, for the socket handshake:
 * `shellDeviceFrom(globalThis)`. Null in a plain browser, before pairing, or if the bridge
 * answers anything unexpected, so callers fall back to `?device=` and no token.
 */
export const shellDeviceFrom = async (scope: unknown): Promise<ShellDevice | null> => {
  if (typeof scope !== 'object' || scope === null) return null;
  const bridge: unknown = Reflect.get(scope, shellBridgeName);
  if (typeof bridge !== 'object' || bridge === null) return null;
  const device: unknown = Reflect.get(bridge, 'device');
  if (typeof device !== 'function') return null;
  try {
    const parsed = shellDeviceSchema.safeParse(await Reflect.apply(device, bridge, []));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
};

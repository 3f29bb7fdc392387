import { z } from 'zod';
import { idSchema } from '@openops/protocol';
import { normaliseServerUrl, ServerUrlError } from './server-url';
import { pinHashSchema } from './admin-pin';

/** Name of the shell's configuration file inside Electron's userData folder. */
export const shellConfigFileName = 'openops-shell.json';

const serverUrlSchema = z.string().transform((value, context) => {
  try {
    return normaliseServerUrl(value);
  } catch (error) {
    context.addIssue({
      code: 'custom',
      message: error instanceof ServerUrlError ? error.message : String(error),
    });
    return z.NEVER;
  }
});

/** Device URIs of the hardware attached to this PC (`tcp://`, `serial:`, `cups:`, `hid:`). */
export const shellDevicesSchema = z
  .object({
    printer: z.string().min(1).max(300).optional(),
    scanner: z.string().min(1).max(300).optional(),
    keypad: z.string().min(1).max(300).optional(),
  })
  .strict();
export type ShellDevices = z.infer<typeof shellDevicesSchema>;

/**
 * The shell's local configuration, written by first-run setup and by a technician.
 * Unknown keys are refused so a misspelt setting is reported instead of ignored.
 */
export const shellConfigSchema = z
  .object({
    version: z.literal(1),
    serverUrl: serverUrlSchema,
    deviceId: idSchema,
    /** What the admin sees when approving: "Kiosk sảnh tầng 1". */
    deviceName: z.string().min(1).max(100),
    /** Set once an admin approves the pairing; sent as `auth.token`. */
    token: z.string().min(1).optional(),
    /** Token of this PC's hardware agent, paired as its own device (`<deviceId>-agent`). */
    agentToken: z.string().min(1).optional(),
    /** A pairing request waiting for approval (the app's, then the agent's), resumed after a restart. */
    pendingRequestId: z.string().min(1).optional(),
    /** Hash of the PIN that unlocks kiosk mode; required for kiosk and display. */
    adminPin: pinHashSchema.optional(),
    devices: shellDevicesSchema.default({}),
    /** Full screen, no window chrome, exit only by the admin gesture. Default: on for kiosk and display. */
    kioskMode: z.boolean().optional(),
    /** Check the centre server's update folder. Default true. */
    autoUpdate: z.boolean().default(true),
    /** Base of the update folders when not `http://<server host>:8081/`. */
    updateUrl: z.string().url().optional(),
  })
  .strict();
export type ShellConfig = z.output<typeof shellConfigSchema>;
export type ShellConfigInput = z.input<typeof shellConfigSchema>;

export type ConfigProblem = { path: string; message: string };

export type ConfigReadResult =
  | { kind: 'missing' }
  | { kind: 'ok'; config: ShellConfig }
  | { kind: 'broken'; problems: ConfigProblem[] };

/**
 * Parses the text of the configuration file. A file that does not parse is reported with
 * every bad path; the caller shows it and never overwrites it with defaults.
 */
export const parseShellConfig = (text: string): ConfigReadResult => {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return {
      kind: 'broken',
      problems: [
        {
          path: '(file)',
          message: `JSON không hợp lệ (invalid JSON): ${(error as Error).message}`,
        },
      ],
    };
  }
  const parsed = shellConfigSchema.safeParse(raw);
  if (parsed.success) return { kind: 'ok', config: parsed.data };
  return {
    kind: 'broken',
    problems: parsed.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.') || '(root)',
      message: issue.message,
    })),
  };
};

/** Serialises a configuration for disk; stable key order keeps a technician's diff readable. */
export const serialiseShellConfig = (config: ShellConfig): string =>
  `${JSON.stringify(config, null, 2)}\n`;

/** Whether this app locks the screen down; kiosk and display do unless configured otherwise. */
export const kioskModeFor = (app: 'kiosk' | 'counter' | 'display', config?: ShellConfig): boolean =>
  config?.kioskMode ?? app !== 'counter';

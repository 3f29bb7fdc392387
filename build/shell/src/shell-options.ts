import { normaliseServerUrl } from './server-url';

/** The apps the shell can host. */
export const shellApps = ['kiosk', 'counter', 'display'] as const;
export type ShellApp = (typeof shellApps)[number];

/** What the command line and environment may override, mostly for a technician's tests. */
export type ShellOverrides = {
  /** `--server=<url>` or `OPENOPS_SERVER`: use this server instead of the configured one. */
  serverUrl?: string;
  /** `--user-data=<dir>` or `OPENOPS_USER_DATA`: keep the configuration elsewhere. */
  userData?: string;
  /** `--no-kiosk`: a window with chrome, for a technician's laptop. */
  noKiosk: boolean;
};

const flagValue = (argv: readonly string[], name: string): string | undefined =>
  argv.find((argument) => argument.startsWith(`--${name}=`))?.slice(name.length + 3);

/** Reads overrides from the command line first, then the environment; throws on a bad URL. */
export const shellOverridesFrom = (
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): ShellOverrides => {
  const server = flagValue(argv, 'server') ?? env.OPENOPS_SERVER;
  const userData = flagValue(argv, 'user-data') ?? env.OPENOPS_USER_DATA;
  return {
    ...(server === undefined ? {} : { serverUrl: normaliseServerUrl(server) }),
    ...(userData === undefined || userData === '' ? {} : { userData }),
    noKiosk: argv.includes('--no-kiosk'),
  };
};

/**
 * The renderer URL the shell opens: the app's build, hosted by the queue server, naming
 * this device so the app's handshake uses the paired identity.
 */
export const rendererUrl = (app: ShellApp, serverUrl: string, deviceId: string): string => {
  const url = new URL(`/${app}/`, serverUrl);
  url.searchParams.set('device', deviceId);
  return url.toString();
};

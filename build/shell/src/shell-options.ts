/** The apps the shell can host. */
export const shellApps = ['kiosk', 'counter', 'display'] as const;
export type ShellApp = (typeof shellApps)[number];

export type ShellOptions = {
  app: ShellApp;
  /** Queue server origin, e.g. http://192.168.1.10:8080. */
  serverUrl: string;
  /** Full screen without window chrome; default true for kiosk and display, false for counter. */
  kioskMode: boolean;
};

/** The renderer URL the shell opens: the app's build, hosted by the queue server. */
export const rendererUrl = (options: Pick<ShellOptions, 'app' | 'serverUrl'>): string =>
  new URL(`/${options.app}/`, options.serverUrl).toString();

/**
 * Reads the shell's options from its command line (`--server=<url>`) and environment
 * (`OPENOPS_SERVER`), defaulting the server to http://localhost:8080.
 */
export const shellOptionsFrom = (
  app: ShellApp,
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): ShellOptions => {
  const flag = argv.find((argument) => argument.startsWith('--server='));
  const raw = flag?.slice('--server='.length) ?? env.OPENOPS_SERVER ?? 'http://localhost:8080';
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`Địa chỉ máy chủ không hợp lệ (invalid server URL): "${raw}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`Máy chủ phải dùng http hoặc https (server must be http or https): "${raw}"`);
  }
  return { app, serverUrl: url.origin, kioskMode: app !== 'counter' };
};

/** True when a navigation target stays on the queue server's origin. */
export const isAllowedNavigation = (target: string, serverUrl: string): boolean => {
  try {
    return new URL(target).origin === new URL(serverUrl).origin;
  } catch {
    return false;
  }
};

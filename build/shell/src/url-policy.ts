/**
 * Where the shell's windows may go. The app pages come from the queue server's origin
 * only; the shell's own pages are local files named exactly. Anything else (a link in a
 * dossier, an injected redirect) is refused.
 */
export type UrlPolicy = {
  serverOrigin: string;
  /** Exact URLs of the shell's local pages (setup, pairing, admin PIN). */
  localPages: readonly string[];
};

const parse = (target: string): URL | null => {
  try {
    return new URL(target);
  } catch {
    return null;
  }
};

/** True when the target is on the queue server's origin (scheme, host and port all equal). */
export const isServerUrl = (target: string, serverOrigin: string): boolean => {
  const url = parse(target);
  const server = parse(serverOrigin);
  if (!url || !server) return false;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (url.username || url.password) return false;
  return url.origin === server.origin;
};

/** True when the target is one of the shell's local pages, ignoring only its #fragment. */
export const isLocalPage = (target: string, localPages: readonly string[]): boolean => {
  const url = parse(target);
  if (!url || url.protocol !== 'file:') return false;
  url.hash = '';
  return localPages.some((page) => {
    const allowed = parse(page);
    if (!allowed) return false;
    allowed.hash = '';
    return allowed.href === url.href;
  });
};

/** Whether a window may navigate to the target. */
export const isAllowedNavigation = (target: string, policy: UrlPolicy): boolean =>
  isServerUrl(target, policy.serverOrigin) || isLocalPage(target, policy.localPages);

/** New windows are never opened: the appliance has one screen and no tabs. */
export const windowOpenDecision = (): { action: 'deny' } => ({ action: 'deny' });

/**
 * Permission requests (camera, microphone, geolocation, notifications, ...) are all refused:
 * nothing the apps do needs one, and scanners and printers go through the agent.
 */
export const isPermissionGranted = (_permission: string): boolean => false;

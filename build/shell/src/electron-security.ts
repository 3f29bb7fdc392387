import { app, session, type WebContents } from 'electron';
import { createLogger } from '@openops/protocol/logger';
import { withSecurityHeaders } from './content-security-policy';
import { withDeviceAuthorization } from './request-auth';
import {
  isAllowedNavigation,
  isPermissionGranted,
  windowOpenDecision,
  type UrlPolicy,
} from './url-policy';

const log = createLogger('shell-security');

/**
 * Applies the security checklist to the session and to every web contents ever created:
 * permissions refused, CSP on server responses, the device token on requests to the server, navigation and redirects kept to the
 * server and the shell's page, no new windows, no webviews. The policy is read on each
 * event because the server address is only known after setup.
 */
export const applySecurity = (policy: () => UrlPolicy, deviceToken: () => string | null): void => {
  const defaultSession = session.defaultSession;
  defaultSession.setPermissionRequestHandler((_contents, permission, callback) => {
    log.warn('permission refused', { permission });
    callback(isPermissionGranted(permission));
  });
  defaultSession.setPermissionCheckHandler((_contents, permission) =>
    isPermissionGranted(permission),
  );
  defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: withSecurityHeaders(
        details.url,
        details.responseHeaders ?? {},
        policy().serverOrigin,
      ),
    });
  });

  defaultSession.webRequest.onBeforeSendHeaders((details, callback) => {
    callback({
      requestHeaders: withDeviceAuthorization(
        details.url,
        details.requestHeaders,
        policy().serverOrigin,
        deviceToken(),
      ),
    });
  });

  app.on('web-contents-created', (_event, contents: WebContents) => {
    const guard = (event: { preventDefault: () => void }, target: string): void => {
      if (isAllowedNavigation(target, policy())) return;
      log.warn('navigation refused', { target });
      event.preventDefault();
    };
    contents.on('will-navigate', (event) => guard(event, event.url));
    contents.on('will-frame-navigate', (event) => guard(event, event.url));
    contents.on('will-redirect', (event) => guard(event, event.url));
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      log.warn('new window refused', { url });
      return windowOpenDecision();
    });
  });
};

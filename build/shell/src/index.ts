export {
  shellApps,
  rendererUrl,
  shellOverridesFrom,
  type ShellApp,
  type ShellOverrides,
} from './shell-options';
export { normaliseServerUrl, ServerUrlError, defaultServerUrl } from './server-url';
export { isAllowedNavigation, isServerUrl, isLocalPage, type UrlPolicy } from './url-policy';
export { contentSecurityPolicy, withSecurityHeaders } from './content-security-policy';
export { checkIpc, channelSenders } from './ipc-guard';
export { shellConfigSchema, parseShellConfig, type ShellConfig } from './shell-config';
export { readShellConfig, writeShellConfig } from './config-file';
export { createShellController, type ShellController, type WindowPort } from './shell-controller';
export { hardwarePlan, devicesPerApp } from './hardware-plan';
export { presentView, type LocalView } from './local-page/local-view';
export type { Presentation, LocalBridge } from '../renderer/local-bridge';

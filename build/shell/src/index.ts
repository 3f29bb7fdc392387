export {
  shellApps,
  rendererUrl,
  shellOptionsFrom,
  isAllowedNavigation,
  type ShellApp,
  type ShellOptions,
} from './shell-options';

import type { Configuration } from 'electron-builder';
import type { ShellApp } from '../shell-options';
import { productNames } from './bundle-plan';

export type BuilderOptions = {
  /** Electron version to package, from the installed `electron` package. */
  electronVersion: string;
  /**
   * Base of the centre server the installers are first published to, e.g.
   * http://192.168.1.10:8080. The app overrides it at run time with the server it is
   * paired with, so one build serves every centre. Default http://openops-server:8080.
   */
  updateBaseUrl?: string;
  /**
   * Folder holding the app's bundle and package.json. Default `<app>-app/electron/dist`; the
   * packaging command stages it in a temporary folder outside the repository instead, so
   * electron-builder installs and rebuilds native modules for Electron there and never
   * touches the repository's node_modules (which Node itself runs on).
   */
  appDir?: string;
};

/** Debian packages a kiosk PC needs at run time beyond Electron's own. */
const debDepends = [
  'libgtk-3-0',
  'libnss3',
  'libxss1',
  'libasound2',
  'libnotify4',
  'xdg-utils',
  'cups-client',
];

/**
 * electron-builder configuration of one app, from one definition for all three (paths are
 * relative to the repository root, the project directory of every build):
 * Linux AppImage and deb, Windows NSIS, auto-update from the centre server's static folder,
 * and Electron fuses that close the run-as-node and inspector back doors.
 */
export const electronBuilderConfig = (app: ShellApp, options: BuilderOptions): Configuration => {
  const updateBase = (options.updateBaseUrl ?? 'http://openops-server:8080').replace(/\/+$/, '');
  const executableName = `openops-${app}`;
  return {
    appId: `vn.openops.centre.${app}`,
    productName: productNames[app],
    executableName,
    copyright: 'OpenOPS Centre',
    electronVersion: options.electronVersion,
    directories: {
      app: options.appDir ?? `${app}-app/electron/dist`,
      output: `build/electron-builder/dist/${app}`,
      buildResources: 'build/icons',
    },
    files: ['**/*', '!**/*.map'],
    asar: true,
    // The native addons (serialport, node-hid, @napi-rs/canvas) are Node-API builds shipped
    // prebuilt per platform: they load in Electron as they are, so nothing is recompiled
    // (which would need each addon's C headers, libusb's among them, on the build PC).
    npmRebuild: false,
    artifactName: `${executableName}-\${version}-\${os}-\${arch}.\${ext}`,
    electronFuses: {
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    },
    linux: {
      target: ['AppImage', 'deb'],
      icon: `build/icons/${app}.png`,
      category: 'Office',
      maintainer: 'OpenOPS Centre <kythuat@openops.vn>',
      synopsis: `${productNames[app]} for a public administrative service centre`,
      description: `${productNames[app]}: Trung tâm phục vụ hành chính công`,
      executableName,
    },
    deb: {
      depends: debDepends,
      // Lets the kiosk user open serial printers and keypads, and starts the app at login.
      afterInstall: `build/electron-builder/deb-after-install.sh`,
      afterRemove: `build/electron-builder/deb-after-remove.sh`,
    },
    appImage: { artifactName: `${executableName}-\${version}-\${arch}.AppImage` },
    win: {
      target: [{ target: 'nsis', arch: ['x64'] }],
      icon: `build/icons/${app}.png`,
      executableName,
    },
    nsis: {
      oneClick: false,
      perMachine: true,
      allowElevation: true,
      allowToChangeInstallationDirectory: false,
      createDesktopShortcut: true,
      createStartMenuShortcut: true,
      runAfterFinish: true,
      shortcutName: productNames[app],
      deleteAppDataOnUninstall: false,
      include: 'build/electron-builder/nsis-autostart.nsh',
      installerLanguages: ['vi_VN', 'en_US'],
      language: '1066',
    },
    publish: [{ provider: 'generic', url: `${updateBase}/updates/${app}/`, channel: 'latest' }],
  };
};

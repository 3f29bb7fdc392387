import type { ShellApp } from '../shell-options';

/**
 * Packages the bundle leaves out and the packaged app installs instead: native addons
 * (compiled for Electron by electron-builder) and packages that read their own files at
 * run time (fonts). `electron` itself is provided by the runtime.
 */
export const runtimeExternals = [
  'serialport',
  'node-hid',
  '@napi-rs/canvas',
  '@expo-google-fonts/be-vietnam-pro',
] as const;

/** Pure JavaScript the bundle takes in; with the externals this covers every dependency. */
export const bundledPackages = [
  '@openops/protocol',
  'socket.io-client',
  'zod',
  'qrcode',
  'tsx',
] as const;

/** Optional accelerators of the `ws` package: absent is fine, so never bundled. */
const optionalNative = ['bufferutil', 'utf-8-validate'];

/** Everything esbuild must not bundle into the main process script. */
export const mainExternals = (): string[] => ['electron', ...runtimeExternals, ...optionalNative];

/** Names of a dependency map that neither list covers: the bundle would silently break. */
export const unclassifiedDependencies = (dependencies: Record<string, string>): string[] =>
  Object.keys(dependencies).filter(
    (name) =>
      !(runtimeExternals as readonly string[]).includes(name) &&
      !(bundledPackages as readonly string[]).includes(name),
  );

export const productNames: Record<ShellApp, string> = {
  kiosk: 'OpenOPS Kiosk',
  counter: 'OpenOPS Counter',
  display: 'OpenOPS Display',
};

/**
 * The package.json written beside the bundle: what electron-builder packages. It names only
 * the runtime externals, at the versions the hardware workspace asks for.
 */
export const appPackageJson = (
  app: ShellApp,
  version: string,
  hardwareDependencies: Record<string, string>,
): Record<string, unknown> => ({
  name: `openops-${app}`,
  productName: productNames[app],
  version,
  description: `${productNames[app]}: OpenOPS Centre ${app} appliance`,
  author: 'OpenOPS Centre',
  license: 'UNLICENSED',
  private: true,
  main: 'main.cjs',
  dependencies: Object.fromEntries(
    runtimeExternals
      .filter((name) => hardwareDependencies[name] !== undefined)
      .map((name) => [name, hardwareDependencies[name]]),
  ),
});

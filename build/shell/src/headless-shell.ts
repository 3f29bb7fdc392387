import { hostname } from 'node:os';
import { parseArgs } from 'node:util';
import { createLogger } from '@openops/protocol/logger';
import { createShellController } from './shell-controller';
import { startShellHardware } from './shell-hardware';
import { shellApps, type ShellApp } from './shell-options';

const log = createLogger('headless-shell');

const usage = `Usage: npm run headless -w @openops/shell -- --app <kiosk|counter|display> --config <file>
         [--server <url> --name <device name> [--pin <digits>] [--printer <uri>] [--scanner <uri>] [--keypad <uri>]]
  Runs the shell without a screen: first-run setup from the flags, pairing (codes printed for
  the admin), then the hardware agent for this PC. For a PC that shows the app in a plain
  browser, and for tests. Prints "view <json>" for each screen and "app <url>" once paired.`;

const main = async (): Promise<void> => {
  const { values } = parseArgs({
    options: {
      app: { type: 'string' },
      config: { type: 'string' },
      server: { type: 'string' },
      name: { type: 'string' },
      pin: { type: 'string' },
      printer: { type: 'string' },
      scanner: { type: 'string' },
      keypad: { type: 'string' },
    },
    strict: true,
  });
  const app = shellApps.find((name) => name === values.app);
  if (!app || !values.config) throw new Error('--app and --config are required');
  const shellApp: ShellApp = app;
  const print = (line: string): void => {
    process.stdout.write(`${line}\n`);
  };
  const controller = createShellController({
    app: shellApp,
    configFile: values.config,
    overrides: { noKiosk: true },
    defaultDeviceId: `${shellApp}-${hostname()
      .replace(/[^A-Za-z0-9._-]/g, '-')
      .slice(0, 40)}`,
    defaultDeviceName: `${shellApp} ${hostname()}`,
    fetch: (url, init) => fetch(url, init),
    now: () => new Date(),
    window: {
      showLocal: (presentation) => print(`view ${JSON.stringify(presentation)}`),
      showApp: (url) => print(`app ${url}`),
      setKiosk: () => {},
    },
    startHardware: (config) => startShellHardware(shellApp, config, controller.serverUrl()),
  });
  await controller.start();
  if (controller.presentation()?.form && values.server && values.name) {
    const reply = await controller.submitSetup({
      serverUrl: values.server,
      deviceName: values.name,
      ...(values.pin ? { adminPin: values.pin } : {}),
      ...(values.printer ? { printer: values.printer } : {}),
      ...(values.scanner ? { scanner: values.scanner } : {}),
      ...(values.keypad ? { keypad: values.keypad } : {}),
    });
    if (!reply.ok) throw new Error(reply.error.message);
  }
  const shutdown = (): void => {
    void controller.stop().then(() => process.exit(0));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  log.info('headless shell running', { app: shellApp, config: values.config });
};

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${usage}\n`);
  process.exit(1);
});

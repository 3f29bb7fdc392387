import { parseArgs } from 'node:util';
import path from 'node:path';
import { createLogger } from '@openops/protocol/logger';
import { CentreConfigError } from './config/centre-config-store';
import { startServer } from './server';
import { hashPassword } from './auth/password';

const log = createLogger('cli');

const usage = `Usage: npm run server -- --port <n> --data <dir> [--demo] [--host <addr>]
  --port   TCP port to listen on; 0 picks a free one (default 8080)
  --data   folder for centre.json and queue.sqlite (default ./.data)
  --demo   create the demo centre when no configuration exists; clients without a
           token are trusted (demo only) unless --secure is given
  --secure require officer sign-in or a paired-device token even with --demo
  --hash-password  read a password on stdin and print its scrypt hash for centre.json
  --host   address to bind (default 0.0.0.0, every interface)
  --backend <url>      sync with one OpenOPS backend for every field (key: --centre-key or
                       OPENOPS_CENTRE_KEY); default: the "sync" section of centre.json
  --sync-config <file> a JSON file holding a whole "sync" section (several backends, SMS...)
  --sms <url>          SMS gateway send URL (HTTP provider)
  --backups <dir>      folder for the daily copies of queue.sqlite and centre.json
                       (default <data>/backups; copy it off this machine nightly)
  --keep-backups <n>   day copies kept (default 14); 0 turns the daily copies off`;

const main = async (): Promise<void> => {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '8080' },
      data: { type: 'string', default: '.data' },
      demo: { type: 'boolean', default: false },
      secure: { type: 'boolean', default: false },
      'hash-password': { type: 'boolean', default: false },
      host: { type: 'string' },
      help: { type: 'boolean', default: false },
      backend: { type: 'string' },
      'centre-key': { type: 'string' },
      'sync-config': { type: 'string' },
      sms: { type: 'string' },
      backups: { type: 'string' },
      'keep-backups': { type: 'string' },
    },
    strict: true,
  });
  if (values['hash-password']) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Uint8Array));
    const password = Buffer.concat(chunks)
      .toString('utf8')
      .replace(/\r?\n$/, '');
    process.stdout.write(`${await hashPassword(password)}\n`);
    return;
  }
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a whole number from 0 to 65535, got "${values.port}"`);
  }
  const keepBackups =
    values['keep-backups'] === undefined ? undefined : Number(values['keep-backups']);
  if (keepBackups !== undefined && (!Number.isInteger(keepBackups) || keepBackups < 0)) {
    throw new Error(
      `--keep-backups must be a whole number, 0 or more, got "${values['keep-backups']}"`,
    );
  }
  // npm runs workspace scripts inside the workspace; resolve relative paths from where the user typed.
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const server = await startServer({
    port,
    dataDir: path.resolve(cwd, values.data),
    demo: values.demo,
    secure: values.secure,
    ...(values.host ? { host: values.host } : {}),
    sync: {
      ...(values['sync-config'] ? { configFile: path.resolve(cwd, values['sync-config']) } : {}),
      ...(values.backend ? { backendUrl: values.backend } : {}),
      ...((values['centre-key'] ?? process.env.OPENOPS_CENTRE_KEY)
        ? { centreKey: values['centre-key'] ?? process.env.OPENOPS_CENTRE_KEY }
        : {}),
      ...(values.sms ? { smsUrl: values.sms } : {}),
    },
    backups: {
      ...(values.backups ? { folder: path.resolve(cwd, values.backups) } : {}),
      ...(keepBackups === undefined ? {} : { keep: keepBackups }),
    },
  });
  process.stdout.write(`OpenOPS queue server listening on ${server.url}\n`);
  const shutdown = (): void => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
};

main().catch((error: unknown) => {
  if (error instanceof CentreConfigError) {
    log.error('configuration error', { file: error.filePath, reason: error.reason });
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`${(error as Error).message}\n\n${usage}\n`);
  }
  process.exit(1);
});

import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { temporaryFolder } from './temporary-folder';

export type Cupsd = {
  /** `CUPS_SERVER` value pointing at this cupsd. */
  server: string;
  /** Adds a raw queue whose device is `socket://127.0.0.1:<port>`. */
  addRawQueue: (queue: string, printerPort: number) => void;
  stop: () => Promise<void>;
};

/** Why a CUPS test cannot run here, or null when it can. */
export const cupsUnavailable = (): string | null => {
  if (!existsSync('/usr/sbin/cupsd')) return 'cupsd is not installed (Debian cups-daemon)';
  if (!existsSync('/usr/lib/cups/backend/socket')) {
    return 'the CUPS socket backend is not installed (Debian cups)';
  }
  if (!existsSync('/usr/sbin/lpadmin') && !existsSync('/usr/bin/lpadmin'))
    return 'lpadmin is missing';
  return null;
};

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });

/**
 * A private cupsd in the foreground with its own configuration, spool and state in a temporary
 * folder, listening on a loopback port: nothing of the machine's CUPS is touched.
 */
export const startCupsd = async (): Promise<Cupsd> => {
  const root = temporaryFolder('cups');
  for (const dir of ['spool', 'cache', 'state', 'log', 'ppd', 'tmp'])
    mkdirSync(path.join(root, dir));
  mkdirSync(path.join(root, 'spool', 'tmp'));
  const port = await freePort();
  writeFileSync(
    path.join(root, 'cupsd.conf'),
    [
      `Listen 127.0.0.1:${port}`,
      'LogLevel warn',
      'WebInterface No',
      'Browsing Off',
      'DefaultAuthType None',
      '<Location />',
      '  Order allow,deny',
      '  Allow all',
      '</Location>',
      '<Location /admin>',
      '  Order allow,deny',
      '  Allow all',
      '</Location>',
      '<Policy default>',
      '  <Limit All>',
      '    Order deny,allow',
      '  </Limit>',
      '</Policy>',
      '',
    ].join('\n'),
  );
  writeFileSync(
    path.join(root, 'cups-files.conf'),
    [
      `ServerRoot ${root}`,
      `RequestRoot ${path.join(root, 'spool')}`,
      `CacheDir ${path.join(root, 'cache')}`,
      `StateDir ${path.join(root, 'state')}`,
      `TempDir ${path.join(root, 'tmp')}`,
      `AccessLog ${path.join(root, 'log', 'access_log')}`,
      `ErrorLog ${path.join(root, 'log', 'error_log')}`,
      `PageLog ${path.join(root, 'log', 'page_log')}`,
      'Sandboxing relaxed',
      '',
    ].join('\n'),
  );
  const server = `127.0.0.1:${port}`;
  const child: ChildProcess = spawn(
    '/usr/sbin/cupsd',
    ['-f', '-c', path.join(root, 'cupsd.conf'), '-s', path.join(root, 'cups-files.conf')],
    { stdio: 'ignore' },
  );
  const env = { ...process.env, CUPS_SERVER: server };
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      // `lpstat -r` exits 0 either way; its words tell.
      const state = execFileSync('lpstat', ['-r'], { env, encoding: 'utf8', stdio: 'pipe' });
      if (state.includes('is running')) break;
      throw new Error(state);
    } catch {
      if (child.exitCode !== null) throw new Error(`cupsd exited with ${String(child.exitCode)}`);
      if (Date.now() > deadline) throw new Error('cupsd did not start in 10 s');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {
    server,
    addRawQueue: (queue, printerPort) => {
      execFileSync(
        'lpadmin',
        ['-p', queue, '-E', '-v', `socket://127.0.0.1:${printerPort}`, '-m', 'raw'],
        { env, stdio: 'pipe' },
      );
    },
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
};

import { spawn } from 'node:child_process';
import { createLogger } from '@openops/protocol/logger';
import type { PaperWidth } from '../escpos/paper';
import { loadCupsBinding, type CupsBinding } from './cups-native';
import { PrintError, type PrinterDriver } from './printer-driver';

const log = createLogger('cups-printer');

/** How long `lp` may take to hand a job to the spooler. Default 10 s. */
export const lpTimeoutMs = 10_000;

/**
 * A raw CUPS queue: the spooler passes the bytes through unchanged (`CUPS_SERVER` picks the
 * server). Jobs go through libcups (`@thiagoelg/node-printer`) when its native build is
 * installed, else through `lp -d <queue> -o raw`. A spooler is one-way: no real-time status,
 * so the condition is `unknown` and faults show only as jobs the queue fails.
 */
export const createCupsPrinter = (
  uri: string,
  queueName: string,
  paper: PaperWidth,
  binding: CupsBinding | null = loadCupsBinding(),
): PrinterDriver => {
  log.info('cups printer ready', { uri, transport: binding ? 'node-printer' : 'lp' });
  return {
    uri,
    paper,
    twoWay: false,
    status: async () => ({ state: 'unknown', faults: [] }),
    print: binding
      ? (bytes) =>
          binding.printRaw(queueName, bytes).then(
            () => undefined,
            (error: Error) => {
              throw new PrintError('printer-offline', `CUPS refused the job: ${error.message}`, [
                'offline',
              ]);
            },
          )
      : (bytes) => printWithLp(queueName, bytes),
    garbageCount: () => 0,
    close: async () => {},
  };
};

const printWithLp = (queueName: string, bytes: Uint8Array): Promise<void> =>
  new Promise<void>((resolve, reject) => {
    const child = spawn('lp', ['-d', queueName, '-o', 'raw', '-'], {
      stdio: ['pipe', 'ignore', 'pipe'],
    });
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), lpTimeoutMs);
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new PrintError('printer-offline', `cannot run lp: ${error.message}`, ['offline']));
    });
    child.once('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else {
        const reason = stderr
          .trim()
          .split('\n')
          .filter((line) => !/deprecated/i.test(line))
          .join(' ');
        reject(
          new PrintError('printer-offline', `lp exited ${String(code)}: ${reason}`, ['offline']),
        );
      }
    });
    child.stdin.on('error', () => {});
    child.stdin.end(Buffer.from(bytes));
  });

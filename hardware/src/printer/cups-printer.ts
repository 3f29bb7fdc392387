import { spawn } from 'node:child_process';
import type { PaperWidth } from '../escpos/paper';
import { PrintError, type PrinterDriver } from './printer-driver';

/** How long `lp` may take to hand a job to the spooler. Default 10 s. */
export const lpTimeoutMs = 10_000;

/**
 * A raw CUPS queue, through `lp -d <queue> -o raw` (the spooler passes the bytes through
 * unchanged; `CUPS_SERVER` picks the server). A spooler is one-way: no real-time status,
 * so the condition is `unknown` and faults show only as jobs the queue fails.
 * `@thiagoelg/node-printer` was not used: its native build needs install scripts this
 * project does not run, and `lp` does the same job.
 */
export const createCupsPrinter = (
  uri: string,
  queueName: string,
  paper: PaperWidth,
): PrinterDriver => ({
  uri,
  paper,
  twoWay: false,
  status: async () => ({ state: 'unknown', faults: [] }),
  print: (bytes) =>
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
    }),
  garbageCount: () => 0,
  close: async () => {},
});

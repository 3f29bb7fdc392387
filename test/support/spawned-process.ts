import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';
import { repoRoot, tsxLoader } from './repo-paths';

export type SpawnedProcess = {
  child: ChildProcess;
  /** Resolves with the first stdout line matching the pattern. */
  waitForLine: (pattern: RegExp, timeoutMs?: number) => Promise<RegExpMatchArray>;
  /** Sends a signal and waits for the process to exit. */
  stop: (signal?: NodeJS.Signals) => Promise<void>;
};

/**
 * Starts an entry point as a real child process (TypeScript through tsx, or compiled
 * JavaScript as a centre runs it), logging its output to
 * `test/test-results/logs/<name>.log` so a failing run can be read afterwards.
 */
export const spawnEntry = (
  name: string,
  entry: string,
  args: readonly string[],
  /** Extra environment variables for the child, over this process's. */
  env: Record<string, string> = {},
): SpawnedProcess => {
  const logDir = path.join(repoRoot, 'test', 'test-results', 'logs');
  mkdirSync(logDir, { recursive: true });
  const log = createWriteStream(path.join(logDir, `${name}.log`), { flags: 'a' });
  const child = spawn(
    process.execPath,
    [
      ...(entry.endsWith('.ts') ? ['--import', tsxLoader] : []),
      path.join(repoRoot, entry),
      ...args,
    ],
    {
      cwd: repoRoot,
      env: { ...process.env, INIT_CWD: repoRoot, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  const waiters = new Set<() => void>();
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
    log.write(chunk);
    waiters.forEach((check) => check());
  });
  child.stderr?.on('data', (chunk: Buffer) => log.write(chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const waitForLine = (pattern: RegExp, timeoutMs = 30_000): Promise<RegExpMatchArray> =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`${name}: no line matching ${pattern} within ${timeoutMs} ms`));
      }, timeoutMs);
      const check = (): void => {
        const match = stdout.match(pattern);
        if (match) {
          clearTimeout(timer);
          waiters.delete(check);
          resolve(match);
        }
      };
      waiters.add(check);
      child.once('exit', (code) => {
        if (!waiters.has(check)) return;
        clearTimeout(timer);
        waiters.delete(check);
        reject(new Error(`${name} exited with code ${String(code)} before printing ${pattern}`));
      });
      check();
    });

  return {
    child,
    waitForLine,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
      log.end();
    },
  };
};

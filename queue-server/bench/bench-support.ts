import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { io, type Socket } from 'socket.io-client';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// Registered in the child itself: the `tsx` command would add a second process to every start.
const tsxLoader = pathToFileURL(
  path.join(repoRoot, 'node_modules', 'tsx', 'dist', 'loader.mjs'),
).href;

// BENCH_NODE_FLAGS (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof") profiles the spawned servers.
const profilingFlags = (process.env.BENCH_NODE_FLAGS ?? '').split(' ').filter(Boolean);

export type Child = { child: ChildProcess; url: string; startedMs: number; stderr: () => string };

/**
 * Compiles an entry point the way a centre's server is built (build/scripts/build-server.mjs),
 * so the figures are those of the JavaScript a centre runs; returns the compiled file.
 */
export const compiled = (entry: string): string => {
  // A folder per entry (the build empties its folder first), three below the repository.
  const outdir = path.join(repoRoot, 'queue-server/dist', `bench-${path.basename(entry, '.ts')}`);
  execFileSync(
    process.execPath,
    [path.join(repoRoot, 'build/scripts/build-server.mjs'), entry, outdir],
    { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  return path.join(outdir, `${path.basename(entry, '.ts')}.mjs`);
};

/** Spawns an entry point (compiled .mjs, or TypeScript through tsx) and resolves once it prints its URL. */
export const spawnUntilListening = (entry: string, args: readonly string[]): Promise<Child> =>
  new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(
      process.execPath,
      [
        ...profilingFlags,
        ...(entry.endsWith('.ts') ? ['--import', tsxLoader] : []),
        path.resolve(repoRoot, entry),
        ...args,
      ],
      {
        cwd: repoRoot,
        env: { ...process.env, INIT_CWD: repoRoot },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      const match = /listening on (http:\/\/\S+)/.exec(stdout);
      if (match?.[1]) {
        resolve({
          child,
          url: match[1],
          startedMs: performance.now() - started,
          stderr: () => stderr,
        });
      }
    });
    child.once('exit', (code) =>
      reject(new Error(`${entry} exited with ${String(code)}: ${stderr}`)),
    );
  });

export const stop = (child: ChildProcess): Promise<void> =>
  new Promise((resolve) => {
    if (child.exitCode !== null) {
      resolve();
      return;
    }
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });

export const connect = (url: string, auth: Record<string, string>): Promise<Socket> =>
  new Promise((resolve, reject) => {
    const socket = io(url, {
      auth,
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
    });
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });

export const percentile = (values: readonly number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
};

/** Resident set size of a process, in MB, from /proc. */
export const rssMb = (pid: number | undefined): number => {
  const status = readFileSync(`/proc/${String(pid)}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
  return kb / 1024;
};

export const ms = (value: number): string => `${value.toFixed(3)} ms`;

/** Takes a backup through the REST route, as a supervisor would, and times it. */
export const timedBackup = async (url: string): Promise<{ ms: number; bytes: number }> => {
  const started = performance.now();
  const response = await fetch(`${url}/api/v1/backups`, {
    method: 'POST',
    headers: { 'x-openops-actor': 'bench' },
  });
  const reply = (await response.json()) as { ok: boolean; data?: { bytes: number } };
  if (!reply.ok || !reply.data) throw new Error(`backup refused: ${JSON.stringify(reply)}`);
  return { ms: performance.now() - started, bytes: reply.data.bytes };
};

import { spawn } from 'node:child_process';

export type CommandResult = { code: number | null; stdout: string; stderr: string };

/**
 * Runs a CUPS client command (`lp`, `lpstat`, `cancel`) with optional standard input.
 * Rejects only when the command cannot be started (not installed); injected so tests drive
 * the CUPS printer without a spooler.
 */
export type CommandRunner = (
  command: string,
  args: readonly string[],
  input?: Uint8Array,
) => Promise<CommandResult>;

/** How long a CUPS command may take (a spooler that does not answer). Default 10 s. */
export const cupsCommandTimeoutMs = 10_000;

/**
 * Runs the command in the C locale, so `lpstat` words its answers the way they are parsed
 * whatever the language of the machine; `CUPS_SERVER` passes through. Killed past
 * `cupsCommandTimeoutMs` (code null).
 */
export const runCupsCommand: CommandRunner = (command, args, input) =>
  new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, LC_ALL: 'C', LANG: 'C' },
    });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), cupsCommandTimeoutMs);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.on('error', () => {});
    child.stdin.end(input ? Buffer.from(input) : undefined);
  });

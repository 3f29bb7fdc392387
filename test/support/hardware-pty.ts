import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, constants, existsSync, openSync, readSync, writeSync } from 'node:fs';
import path from 'node:path';
import { temporaryFolder } from './temporary-folder';

/**
 * A pair of linked kernel pseudo-terminals made by socat: the agent opens `devicePath` as its
 * serial port, the test plays the device on `testPath`. `unplug` makes both vanish the way a
 * pulled USB adapter does; `replug` brings them back under the same names.
 */
export type PtyPair = {
  devicePath: string;
  testPath: string;
  /** Writes bytes as the device would send them; resolves once the pty took all of them. */
  write: (bytes: Uint8Array | string) => Promise<void>;
  /** Everything the agent sent to the device so far. */
  received: () => Buffer;
  clear: () => void;
  waitFor: (predicate: (bytes: Buffer) => boolean, timeoutMs?: number) => Promise<Buffer>;
  /** Called with each chunk the agent sends, to answer it like the device would. */
  onData: (listener: (chunk: Buffer) => void) => void;
  unplug: () => Promise<void>;
  replug: () => Promise<void>;
  close: () => Promise<void>;
};

const waitUntil = async (check: () => boolean, timeoutMs: number, what: string): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

export const startPtyPair = async (name: string): Promise<PtyPair> => {
  const dir = temporaryFolder(`pty-${name}`);
  const devicePath = path.join(dir, 'agent-side');
  const testPath = path.join(dir, 'device-side');
  let socat: ChildProcess | null = null;
  let fd: number | null = null;
  let reader: NodeJS.Timeout | null = null;
  let chunks: Buffer[] = [];
  const listeners = new Set<(chunk: Buffer) => void>();
  const waiters = new Set<() => void>();

  const plug = async (): Promise<void> => {
    socat = spawn(
      'socat',
      [`pty,raw,echo=0,link=${devicePath}`, `pty,raw,echo=0,link=${testPath}`],
      { stdio: 'ignore' },
    );
    await waitUntil(
      () => existsSync(devicePath) && existsSync(testPath),
      5000,
      `socat ptys ${name}`,
    );
    fd = openSync(testPath, constants.O_RDWR | constants.O_NONBLOCK | constants.O_NOCTTY);
    // Polling reads keep the test side simple and never block the event loop (O_NONBLOCK).
    const buffer = Buffer.alloc(65536);
    reader = setInterval(() => {
      if (fd === null) return;
      for (;;) {
        let count = 0;
        try {
          count = readSync(fd, buffer, 0, buffer.length, null);
        } catch {
          return;
        }
        if (count <= 0) return;
        const chunk = Buffer.from(buffer.subarray(0, count));
        chunks.push(chunk);
        listeners.forEach((listener) => listener(chunk));
        waiters.forEach((check) => check());
      }
    }, 10);
  };

  const unplug = async (): Promise<void> => {
    if (reader) clearInterval(reader);
    reader = null;
    if (fd !== null) closeSync(fd);
    fd = null;
    const child = socat;
    socat = null;
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    await waitUntil(() => !existsSync(devicePath), 5000, `${devicePath} to vanish`);
  };

  await plug();
  return {
    devicePath,
    testPath,
    write: async (bytes) => {
      let rest = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : Buffer.from(bytes);
      while (rest.length > 0) {
        if (fd === null) throw new Error(`${name} is unplugged`);
        try {
          rest = rest.subarray(writeSync(fd, rest));
        } catch (error) {
          // The pty's buffer is full until the agent reads: wait for it, like a UART would.
          if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
      }
    },
    received: () => Buffer.concat(chunks),
    clear: () => {
      chunks = [];
    },
    waitFor: (predicate, timeoutMs = 10_000) =>
      new Promise((resolve, reject) => {
        const check = (): void => {
          const all = Buffer.concat(chunks);
          if (!predicate(all)) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(all);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`${name}: expected bytes not received in ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.add(check);
        check();
      }),
    onData: (listener) => {
      listeners.add(listener);
    },
    unplug,
    replug: plug,
    close: unplug,
  };
};

import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, writeSync } from 'node:fs';
import { ReadStream } from 'node:tty';

/** A linked pair of kernel pseudo-terminals from socat: the agent opens one end, the test the other. */
export type PtyPair = { agentPath: string; devicePath: string; close: () => Promise<void> };

/** Starts `socat -d -d pty,raw,echo=0 pty,raw,echo=0` and waits for both pty paths. */
export const openPtyPair = (): Promise<PtyPair> =>
  new Promise((resolve, reject) => {
    const child: ChildProcess = spawn('socat', ['-d', '-d', 'pty,raw,echo=0', 'pty,raw,echo=0'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let text = '';
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`socat printed no pty pair: ${text}`));
    }, 10_000);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      text += chunk.toString('utf8');
      const paths = [...text.matchAll(/PTY is (\S+)/g)].map((match) => match[1] ?? '');
      const [agentPath, devicePath] = paths;
      if (agentPath && devicePath && /starting data transfer loop/.test(text)) {
        clearTimeout(timer);
        resolve({
          agentPath,
          devicePath,
          close: () =>
            new Promise<void>((done) => {
              if (child.exitCode !== null) return done();
              child.once('exit', () => done());
              child.kill('SIGTERM');
            }),
        });
      }
    });
  });

/** The device end of a pty: bytes the agent wrote, and a way to answer. */
export type PtyDevice = {
  received: () => Buffer;
  /** Resolves with everything received once `predicate` holds. */
  waitFor: (predicate: (received: Buffer) => boolean, timeoutMs?: number) => Promise<Buffer>;
  write: (bytes: Uint8Array | string) => void;
  close: () => void;
};

export const openPtyDevice = (path: string): PtyDevice => {
  const fd = openSync(path, 'r+');
  // A tty stream reads without blocking a thread-pool thread, unlike fs streams on a tty.
  const input = new ReadStream(fd);
  let received = Buffer.alloc(0);
  const waiters = new Set<() => void>();
  input.on('data', (chunk: Buffer | string) => {
    received = Buffer.concat([received, Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk)]);
    waiters.forEach((check) => check());
  });
  return {
    received: () => received,
    waitFor: (predicate, timeoutMs = 15_000) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`device ${path}: expected bytes not received within ${timeoutMs} ms`));
        }, timeoutMs);
        const check = (): void => {
          if (!predicate(received)) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(received);
        };
        waiters.add(check);
        check();
      }),
    write: (bytes) => {
      writeSync(fd, typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes);
    },
    close: () => {
      input.destroy();
      try {
        closeSync(fd);
      } catch {
        // Already closed with the stream.
      }
    },
  };
};

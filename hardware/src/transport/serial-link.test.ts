import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createSerialLink, type SerialLink } from './serial-link';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const until = async (check: () => boolean, what: string): Promise<void> => {
  const deadline = Date.now() + 5000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

/** A pseudo-terminal pair from socat, as a USB serial adapter appears to the agent. */
const plugged = async (): Promise<{ devicePath: string; socat: ChildProcess }> => {
  const folder = mkdtempSync(path.join(tmpdir(), 'openops-link-'));
  const devicePath = path.join(folder, 'agent-side');
  const socat = spawn(
    'socat',
    [`pty,raw,echo=0,link=${devicePath}`, `pty,raw,echo=0,link=${path.join(folder, 'far-side')}`],
    { stdio: 'ignore' },
  );
  cleanups.push(() => {
    socat.kill('SIGTERM');
    rmSync(folder, { recursive: true, force: true });
  });
  await until(() => existsSync(devicePath), 'the pseudo-terminal');
  return { devicePath, socat };
};

describe('serial link', () => {
  it('fails the write in flight when the device is pulled, so no caller waits for ever', async () => {
    const { devicePath, socat } = await plugged();
    const link: SerialLink = createSerialLink(devicePath, 9600);
    cleanups.push(() => link.close());
    await until(link.isOpen, 'the port to open');

    // Small writes back to back, as a printer's status polls are: one is in flight when the
    // device goes.
    const unsettled = new Set<number>();
    const failures: string[] = [];
    let writing = true;
    const writer = (async () => {
      for (let index = 0; writing; index += 1) {
        unsettled.add(index);
        await link.write(Uint8Array.of(0x10, 0x04, 0x01)).catch((error: Error) => {
          failures.push(error.message);
        });
        unsettled.delete(index);
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 200));
    socat.kill('SIGTERM');
    await until(() => !link.isOpen(), 'the port to be seen lost');
    writing = false;
    await until(() => unsettled.size === 0, 'every write to settle');
    await writer;
    expect(failures.length).toBeGreaterThan(0);
  }, 20_000);
});

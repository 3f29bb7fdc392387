import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Logger } from '@openops/protocol/logger';
import { startPtyPair } from '../test-support/pty-pair';
import { waitUntil as until } from '../test-support/wait-until';
import { createSerialLink, type SerialLink } from './serial-link';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A pseudo-terminal pair from socat, as a USB serial adapter appears to the agent. */
const plugged = async (): Promise<{ devicePath: string; farPath: string; unplug: () => void }> => {
  const pair = await startPtyPair();
  cleanups.push(pair.stop);
  return pair;
};

describe('serial link', () => {
  it('fails the write in flight when the device is pulled, so no caller waits for ever', async () => {
    const { devicePath, unplug } = await plugged();
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
    unplug();
    await until(() => !link.isOpen(), 'the port to be seen lost');
    writing = false;
    await until(() => unsettled.size === 0, 'every write to settle');
    await writer;
    expect(failures.length).toBeGreaterThan(0);
  }, 20_000);

  it('fails a write the device never takes, after a deadline set by its size and baud rate, and reopens the port', async () => {
    // Nobody reads the far end: once the pseudo-terminals' buffers fill, the write cannot end.
    const { devicePath } = await plugged();
    const link = createSerialLink(devicePath, 4_000_000, { writeMarginMs: 200 });
    cleanups.push(() => link.close());
    const changes: boolean[] = [];
    link.onOpenChange((open) => changes.push(open));
    await until(link.isOpen, 'the port to open');

    const started = Date.now();
    // 256 KB at 400 000 bytes a second with 1.5 times slack, plus 200 ms: about 1.2 s.
    const failure = await link.write(new Uint8Array(256 * 1024)).catch((error: Error) => error);
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toMatch(/did not take 262144 bytes in \d+ ms/);
    expect(Date.now() - started).toBeLessThan(5000);
    // The stuck port was dropped and opened again, ready for the next job.
    await until(() => changes.join() === 'true,false,true', 'the port to reopen');
  }, 20_000);
});

describe('a serial port that does not open', () => {
  const warnings: Array<{ message: string; fields: Record<string, unknown> | undefined }> = [];
  const log: Logger = {
    debug: () => {},
    info: () => {},
    warn: (message, fields) => warnings.push({ message, fields }),
    error: () => {},
  };

  it('says why once per reason, Vietnamese first, and again when the reason changes', async () => {
    warnings.length = 0;
    const folder = mkdtempSync(path.join(tmpdir(), 'openops-no-port-'));
    cleanups.push(() => rmSync(folder, { recursive: true, force: true }));
    const portPath = path.join(folder, 'ttyUSB9');
    const link = createSerialLink(portPath, 9600, { log });
    cleanups.push(() => link.close());

    await until(() => warnings.length === 1, 'the missing port to be reported');
    expect(warnings[0]?.message).toBe(
      `Không mở được cổng ${portPath}: không tồn tại (does not exist)`,
    );
    expect(warnings[0]?.fields).toMatchObject({ path: portPath, reason: 'missing' });
    // The port is retried every 500 ms; the same reason is not logged again.
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(warnings).toHaveLength(1);

    // Now something is there, but not a serial port (a URI naming the wrong file).
    writeFileSync(portPath, '');
    await until(() => warnings.length === 2, 'the new reason to be reported');
    expect(warnings[1]?.message).toBe(
      `Không mở được cổng ${portPath}: không phải cổng nối tiếp (not a serial port)`,
    );
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(warnings).toHaveLength(2);
    expect(link.isOpen()).toBe(false);
  }, 20_000);
});

import { SerialPort } from 'serialport';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '@openops/protocol/logger';
import { startPtyPair } from '../test-support/pty-pair';
import { waitUntil } from '../test-support/wait-until';
import { createGarbageCounter } from '../transport/garbage-counter';
import { createSerialLink } from '../transport/serial-link';
import { PrintError } from './printer-driver';
import { statusBytesFor } from './printer-status';
import { createSerialPrinter } from './serial-printer';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A serial printer on the far end of a pseudo-terminal pair, answering `DLE EOT` while on. */
const startSerialPrinter = async () => {
  const pair = await startPtyPair();
  cleanups.push(pair.stop);
  const device = new SerialPort({ path: pair.farPath, baudRate: 115200 });
  cleanups.push(() => new Promise<void>((resolve) => device.close(() => resolve())));
  const state = { answering: true, received: Buffer.alloc(0) };
  device.on('data', (chunk: Buffer) => {
    state.received = Buffer.concat([state.received, chunk]);
    const answers = statusBytesFor([]);
    for (let index = 0; index + 2 < chunk.length; index += 1) {
      if (state.answering && chunk[index] === 0x10 && chunk[index + 1] === 0x04) {
        const n = chunk[index + 2];
        device.write(
          Uint8Array.of(n === 1 ? answers.printer : n === 2 ? answers.offlineCause : answers.paper),
        );
      }
    }
  });
  const uri = `serial:${pair.devicePath}`;
  const link = createSerialLink(pair.devicePath, 115200);
  const garbage = createGarbageCounter(createLogger('serial-printer-test'), uri);
  const printer = createSerialPrinter(uri, pair.devicePath, 115200, 80, garbage, link);
  cleanups.push(() => printer.close());
  await waitUntil(link.isOpen, 'the port to open');
  return { state, printer };
};

const job = Uint8Array.of(0x1b, 0x40, 0x41, 0x30, 0x32, 0x35, 0x0a);
const hasJob = (bytes: Buffer): boolean => bytes.includes(Buffer.from([0x1b, 0x40]));

describe('serial printer', () => {
  it('reports a printer that answered status and went silent as offline, and fails its job', async () => {
    const { state, printer } = await startSerialPrinter();
    expect(await printer.status()).toEqual({ state: 'ready', faults: [] });
    // Switched off with its USB-serial cable still plugged in: the port stays open.
    state.answering = false;
    expect(await printer.status()).toEqual({ state: 'disconnected', faults: ['offline'] });
    const failure = await printer.print(job).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(PrintError);
    expect(failure).toMatchObject({ code: 'printer-offline', faults: ['offline'] });
    expect(hasJob(state.received)).toBe(false);
    state.answering = true;
    await printer.print(job);
    await waitUntil(() => hasJob(state.received), 'the job to arrive');
  }, 15_000);

  it('still prints on a printer that never answers status, whose condition stays unknown', async () => {
    const { state, printer } = await startSerialPrinter();
    state.answering = false;
    expect(await printer.status()).toEqual({ state: 'unknown', faults: [] });
    await printer.print(job);
    await waitUntil(() => hasJob(state.received), 'the job to arrive');
  }, 15_000);
});

import { createServer, type Server, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createGarbageCounter } from '../transport/garbage-counter';
import { createLogger } from '@openops/protocol/logger';
import { PrintError } from './printer-driver';
import { statusBytesFor } from './printer-status';
import { createTcpPrinter, type TcpPrinterOptions } from './tcp-printer';

const initialise = Buffer.from([0x1b, 0x40]);

type TestPrinter = {
  port: number;
  /** Whether `DLE EOT` requests are answered (an idle printer with paper). */
  answering: boolean;
  /** Whether a job's bytes are read once it starts, or left unread as a hung printer does. */
  takesJobs: boolean;
  received: () => Buffer;
  /** Connections the printer saw closed by the agent. */
  closedConnections: () => number;
  /** Reads on again after `takesJobs` was false, as a printer back from a jam. */
  resume: () => void;
  close: () => Promise<void>;
};

/** A raw TCP 9100 printer on loopback, as the network printers these tests stand for. */
const startTestPrinter = async (): Promise<TestPrinter> => {
  const chunks: Buffer[] = [];
  const sockets = new Set<Socket>();
  let closed = 0;
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => {});
    socket.on('close', () => {
      sockets.delete(socket);
      closed += 1;
    });
    socket.on('data', (chunk) => {
      chunks.push(chunk);
      if (!printer.takesJobs && chunk.includes(initialise)) socket.pause();
      for (let index = 0; index + 2 < chunk.length; index += 1) {
        if (printer.answering && chunk[index] === 0x10 && chunk[index + 1] === 0x04) {
          const n = chunk[index + 2];
          const bytes = statusBytesFor([]);
          socket.write(
            Uint8Array.of(n === 1 ? bytes.printer : n === 2 ? bytes.offlineCause : bytes.paper),
          );
        }
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('test printer has no port');
  const printer: TestPrinter = {
    port: address.port,
    answering: true,
    takesJobs: true,
    received: () => Buffer.concat(chunks),
    closedConnections: () => closed,
    resume: () => sockets.forEach((socket) => socket.resume()),
    close: async () => {
      sockets.forEach((socket) => socket.destroy());
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return printer;
};

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const printerAt = async (options: TcpPrinterOptions = {}) => {
  const device = await startTestPrinter();
  cleanups.push(device.close);
  const uri = `tcp://127.0.0.1:${device.port}`;
  const log = createLogger('tcp-printer-test');
  const driver = createTcpPrinter(
    uri,
    '127.0.0.1',
    device.port,
    80,
    createGarbageCounter(log, uri),
    options,
  );
  return { device, driver };
};

const until = async (check: () => boolean, what: string): Promise<void> => {
  const deadline = Date.now() + 5000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

const job = Uint8Array.of(0x1b, 0x40, 0x41, 0x30, 0x32, 0x35, 0x0a);

describe('network printer', () => {
  it('reports a printer that answered status and went silent as offline, and fails its job', async () => {
    const { device, driver } = await printerAt();
    expect(await driver.status()).toEqual({ state: 'ready', faults: [] });
    // Switched off behind a network adapter that still accepts connections.
    device.answering = false;
    expect(await driver.status()).toEqual({ state: 'disconnected', faults: ['offline'] });
    const failure = await driver.print(job).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(PrintError);
    expect(failure).toMatchObject({ code: 'printer-offline', faults: ['offline'] });
    expect(device.received().includes(initialise)).toBe(false);
    // Back on: it prints again.
    device.answering = true;
    await driver.print(job);
    await until(() => device.received().includes(initialise), 'the job to arrive');
  });

  it('still prints on a printer that never answers status, whose condition stays unknown', async () => {
    const { device, driver } = await printerAt();
    device.answering = false;
    expect(await driver.status()).toEqual({ state: 'unknown', faults: [] });
    await driver.print(job);
    await until(() => device.received().includes(initialise), 'the job to arrive');
  });

  it('fails a job the printer stops taking, after a deadline set by its size, and drops the connection', async () => {
    // Deadline of 300 ms whatever the size: the job is big enough to fill every socket buffer.
    const { device, driver } = await printerAt({ bytesPerSecond: 1e12, writeMarginMs: 300 });
    device.takesJobs = false;
    const bigJob = new Uint8Array(48 * 1024 * 1024);
    bigJob.set(job);
    const closedBefore = device.closedConnections();
    const started = Date.now();
    const failure = await driver.print(bigJob).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(PrintError);
    expect(failure).toMatchObject({ code: 'printer-offline' });
    expect(Date.now() - started).toBeLessThan(4000);
    // The agent dropped the connection: the rest of the job never comes once the printer reads.
    device.resume();
    await until(() => device.closedConnections() > closedBefore, 'the connection to close');
    expect(device.received().length).toBeLessThan(bigJob.length);
  }, 15_000);
});

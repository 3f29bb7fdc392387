import { createServer, type Server, type Socket } from 'node:net';

/** Conditions the test printer can be put in; it answers `DLE EOT` status requests accordingly. */
export type LoopbackFault = 'paper-out' | 'paper-near-end' | 'cover-open';

export type LoopbackPrinter = {
  /** `tcp://127.0.0.1:<port>`, ready for an agent's --printer. */
  uri: string;
  port: number;
  /** Every byte received, across connections. */
  received: () => Buffer;
  /** The bytes of each connection, in order of connection (status checks and jobs apart). */
  connections: () => Buffer[];
  /** The connections that carried a document (they hold `ESC @`), from that command on. */
  jobs: () => Buffer[];
  /** Forgets what was received so far. */
  clear: () => void;
  /** Resolves once the received bytes satisfy the predicate. */
  waitFor: (predicate: (bytes: Buffer) => boolean, timeoutMs?: number) => Promise<Buffer>;
  /** Puts the printer in a condition (none by default): paper out, cover open, near end. */
  setFaults: (faults: readonly LoopbackFault[]) => void;
  /** Sends these bytes after each status answer, as a printer with a noisy line would. */
  setNoise: (bytes: Buffer | null) => void;
  /** How many `DLE EOT` requests arrived. */
  statusRequests: () => number;
  close: () => Promise<void>;
};

/**
 * Status bytes as an Epson-compatible printer answers them (bits 1 and 4 always set):
 * `DLE EOT 1` bit 3 offline; `DLE EOT 2` bit 2 cover open, bit 5 paper out stop;
 * `DLE EOT 4` bits 2-3 near end, bits 5-6 paper out. Written here from the Epson reference,
 * independently of the driver, so a test checks the driver against the device's view.
 */
const answer = (n: number, faults: readonly LoopbackFault[]): number => {
  const out = faults.includes('paper-out');
  const cover = faults.includes('cover-open');
  const near = faults.includes('paper-near-end');
  switch (n) {
    case 1:
      return 0x12 | (out || cover ? 0x08 : 0);
    case 2:
      return 0x12 | (cover ? 0x04 : 0) | (out ? 0x20 : 0);
    case 4:
      return 0x12 | (near ? 0x0c : 0) | (out ? 0x60 : 0);
    default:
      return 0x12;
  }
};

const initialise = Buffer.from([0x1b, 0x40]);

/** A raw TCP 9100-style printer on loopback that records what it is sent and answers status. */
export const startLoopbackPrinter = async (
  options: { port?: number } = {},
): Promise<LoopbackPrinter> => {
  let chunks: Buffer[] = [];
  let perConnection: Buffer[][] = [];
  let faults: readonly LoopbackFault[] = [];
  let noise: Buffer | null = null;
  let requests = 0;
  const sockets = new Set<Socket>();
  const listeners = new Set<() => void>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    const own: Buffer[] = [];
    perConnection.push(own);
    socket.on('error', () => {});
    socket.on('data', (chunk) => {
      chunks.push(chunk);
      own.push(chunk);
      // Status requests are answered as they arrive, the way a printer's real-time commands work.
      for (let index = 0; index + 2 < chunk.length; index += 1) {
        if (chunk[index] === 0x10 && chunk[index + 1] === 0x04) {
          requests += 1;
          socket.write(Buffer.from([answer(chunk[index + 2] ?? 0, faults)]));
          if (noise) socket.write(noise);
        }
      }
      listeners.forEach((listener) => listener());
    });
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('printer listener has no port');
  const received = (): Buffer => Buffer.concat(chunks);

  return {
    uri: `tcp://127.0.0.1:${address.port}`,
    port: address.port,
    received,
    connections: () => perConnection.map((parts) => Buffer.concat(parts)),
    jobs: () =>
      perConnection
        .map((parts) => Buffer.concat(parts))
        .filter((bytes) => bytes.includes(initialise))
        .map((bytes) => bytes.subarray(bytes.indexOf(initialise))),
    clear: () => {
      chunks = [];
      perConnection = [];
    },
    waitFor: (predicate, timeoutMs = 10_000) =>
      new Promise((resolve, reject) => {
        const check = (): void => {
          if (!predicate(received())) return;
          clearTimeout(timer);
          listeners.delete(check);
          resolve(received());
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`printer did not receive the expected bytes in ${timeoutMs} ms`));
        }, timeoutMs);
        listeners.add(check);
        check();
      }),
    setFaults: (next) => {
      faults = [...next];
    },
    setNoise: (bytes) => {
      noise = bytes;
    },
    statusRequests: () => requests,
    close: async () => {
      sockets.forEach((socket) => socket.destroy());
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
};

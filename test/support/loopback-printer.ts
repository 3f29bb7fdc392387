import { createServer, type Server, type Socket } from 'node:net';

export type LoopbackPrinter = {
  /** `tcp://127.0.0.1:<port>`, ready for an agent's --printer. */
  uri: string;
  /** Every byte received, across connections. */
  received: () => Buffer;
  /** Resolves once the received bytes satisfy the predicate. */
  waitFor: (predicate: (bytes: Buffer) => boolean, timeoutMs?: number) => Promise<Buffer>;
  close: () => Promise<void>;
};

/** A raw TCP 9100-style printer on loopback that records what it is sent. */
export const startLoopbackPrinter = async (): Promise<LoopbackPrinter> => {
  const chunks: Buffer[] = [];
  const sockets = new Set<Socket>();
  const listeners = new Set<() => void>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('data', (chunk) => {
      chunks.push(chunk);
      listeners.forEach((listener) => listener());
    });
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('printer listener has no port');
  const received = (): Buffer => Buffer.concat(chunks);

  return {
    uri: `tcp://127.0.0.1:${address.port}`,
    received,
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
    close: async () => {
      sockets.forEach((socket) => socket.destroy());
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
};

import { Socket } from 'node:net';
import type { PrinterDriver } from './printer-driver';

/** How long to wait for a network printer to accept a connection. Default 5 s. */
export const tcpConnectTimeoutMs = 5000;

/**
 * A network printer on raw TCP (port 9100 by convention). Each job opens its own
 * connection, so a printer that was restarted between jobs needs no reconnect logic.
 */
export const createTcpPrinter = (uri: string, host: string, port: number): PrinterDriver => ({
  uri,
  write: (bytes) =>
    new Promise<void>((resolve, reject) => {
      const socket = new Socket();
      socket.setTimeout(tcpConnectTimeoutMs);
      socket.once('timeout', () => {
        socket.destroy();
        reject(new Error(`printer ${host}:${port} did not answer in ${tcpConnectTimeoutMs} ms`));
      });
      socket.once('error', reject);
      socket.connect(port, host, () => {
        socket.end(bytes, () => resolve());
      });
    }),
  close: async () => {},
});

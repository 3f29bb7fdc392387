import { Socket } from 'node:net';
import { isBlockingFault } from '@openops/protocol';
import { createLogger } from '@openops/protocol/logger';
import type { PaperWidth } from '../escpos/paper';
import { createGarbageCounter, type GarbageCounter } from '../transport/garbage-counter';
import { PrintError, type PrinterCondition, type PrinterDriver } from './printer-driver';
import { faultsFromStatus } from './printer-status';
import { createStatusReader } from './status-reader';

const log = createLogger('tcp-printer');

/** How long to wait for a network printer to accept a connection. Default 5 s. */
export const tcpConnectTimeoutMs = 5000;

const connect = (host: string, port: number): Promise<Socket> =>
  new Promise((resolve, reject) => {
    const socket = new Socket();
    socket.setTimeout(tcpConnectTimeoutMs);
    const fail = (error: Error): void => {
      socket.destroy();
      reject(error);
    };
    socket.once('timeout', () =>
      fail(new Error(`printer ${host}:${port} did not answer in ${tcpConnectTimeoutMs} ms`)),
    );
    socket.once('error', fail);
    socket.connect(port, host, () => {
      socket.removeListener('error', fail);
      socket.setTimeout(0);
      resolve(socket);
    });
  });

/**
 * A network printer on raw TCP (port 9100 by convention). Each job and each status check
 * opens its own connection, so a printer restarted between jobs needs no reconnect logic.
 * Status goes over the same connection as the job (`DLE EOT`), checked before printing.
 */
export const createTcpPrinter = (
  uri: string,
  host: string,
  port: number,
  paper: PaperWidth,
  garbage: GarbageCounter = createGarbageCounter(log, uri),
): PrinterDriver => {
  const conditionOn = async (socket: Socket): Promise<PrinterCondition> => {
    const reader = createStatusReader(garbage);
    socket.on('data', reader.feed);
    try {
      const bytes = await reader.query((request) => {
        socket.write(request);
      });
      const faults = faultsFromStatus(bytes);
      return { state: faults.some(isBlockingFault) ? 'fault' : 'ready', faults };
    } catch {
      // A printer that never answers status still prints; its condition is simply unknown.
      return { state: 'unknown', faults: [] };
    } finally {
      socket.removeListener('data', reader.feed);
    }
  };

  return {
    uri,
    paper,
    twoWay: true,
    status: async () => {
      let socket: Socket;
      try {
        socket = await connect(host, port);
      } catch {
        return { state: 'disconnected', faults: ['offline'] };
      }
      socket.on('error', () => {});
      try {
        return await conditionOn(socket);
      } finally {
        socket.destroy();
      }
    },
    print: async (bytes) => {
      let socket: Socket;
      try {
        socket = await connect(host, port);
      } catch (error) {
        throw new PrintError('printer-offline', (error as Error).message, ['offline']);
      }
      socket.on('error', () => {});
      const condition = await conditionOn(socket);
      if (condition.state === 'fault') {
        socket.destroy();
        throw new PrintError(
          'printer-fault',
          `printer reports ${condition.faults.join(', ')}`,
          condition.faults,
        );
      }
      await new Promise<void>((resolve, reject) => {
        socket.once('error', reject);
        socket.end(Buffer.from(bytes), () => resolve());
      }).catch((error: Error) => {
        throw new PrintError('printer-offline', error.message, ['offline']);
      });
    },
    garbageCount: garbage.total,
    close: async () => {},
  };
};

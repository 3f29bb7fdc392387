import { Socket } from 'node:net';
import { isBlockingFault } from '@openops/protocol';
import { createLogger } from '@openops/protocol/logger';
import type { PaperWidth } from '../escpos/paper';
import { createGarbageCounter, type GarbageCounter } from '../transport/garbage-counter';
import { writeDeadlineMs, writeMarginMs } from '../transport/write-deadline';
import { PrintError, type PrinterCondition, type PrinterDriver } from './printer-driver';
import { faultsFromStatus } from './printer-status';
import { createStatusHistory } from './status-history';
import { createStatusReader } from './status-reader';

const log = createLogger('tcp-printer');

/** How long to wait for a network printer to accept a connection. Default 5 s. */
export const tcpConnectTimeoutMs = 5000;

/**
 * The slowest a network printer is assumed to take a job once its buffer is full: as fast as
 * a 115200-baud serial line, which a thermal printer printing raster keeps up with.
 */
export const tcpPrinterBytesPerSecond = 11_520;

export type TcpPrinterOptions = {
  /** The printer's slowest intake, for the write deadline. Default `tcpPrinterBytesPerSecond`. */
  bytesPerSecond?: number;
  /** Time a job may take beyond its bytes' time at that speed. Default `writeMarginMs` (5 s). */
  writeMarginMs?: number;
};

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
  options: TcpPrinterOptions = {},
): PrinterDriver => {
  const history = createStatusHistory();
  const conditionOn = async (socket: Socket): Promise<PrinterCondition> => {
    const reader = createStatusReader(garbage);
    socket.on('data', reader.feed);
    try {
      const bytes = await reader.query((request) => {
        socket.write(request);
      });
      history.answered();
      const faults = faultsFromStatus(bytes);
      return { state: faults.some(isBlockingFault) ? 'fault' : 'ready', faults };
    } catch {
      return history.whenSilent();
    } finally {
      socket.removeListener('data', reader.feed);
    }
  };

  /**
   * Sends the job and half-closes. A printer that stops taking bytes (jammed, hung) would leave
   * the write waiting for ever, and the job neither printed nor failed: past a deadline set by
   * the job's size the connection is destroyed and the job fails.
   */
  const sendJob = (socket: Socket, bytes: Uint8Array): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      const deadline = writeDeadlineMs(
        bytes.length,
        options.bytesPerSecond ?? tcpPrinterBytesPerSecond,
        options.writeMarginMs ?? writeMarginMs,
      );
      const timer = setTimeout(() => {
        socket.destroy();
        reject(
          new PrintError(
            'printer-offline',
            `printer ${host}:${port} did not take the ${bytes.length}-byte job in ${deadline} ms`,
            ['offline'],
          ),
        );
      }, deadline);
      socket.once('error', (error: Error) => {
        clearTimeout(timer);
        reject(new PrintError('printer-offline', error.message, ['offline']));
      });
      socket.end(Buffer.from(bytes), () => {
        clearTimeout(timer);
        resolve();
      });
    });

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
      if (condition.state === 'disconnected') {
        socket.destroy();
        throw new PrintError(
          'printer-offline',
          `printer ${host}:${port} accepts connections but stopped answering status requests`,
          condition.faults,
        );
      }
      await sendJob(socket, bytes);
    },
    garbageCount: garbage.total,
    close: async () => {},
  };
};

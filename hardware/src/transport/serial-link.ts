import { existsSync } from 'node:fs';
import { SerialPort } from 'serialport';
import { createLogger, type Logger } from '@openops/protocol/logger';
import { createOpenFailureLog, serialOpenFailure } from './open-failure';
import { serialBytesPerSecond, writeDeadlineMs, writeMarginMs } from './write-deadline';

const moduleLog = createLogger('serial-link');

/** How often a closed port is retried and an open one checked for presence. Default 500 ms. */
export const serialPollMs = 500;

export type SerialLink = {
  readonly path: string;
  isOpen: () => boolean;
  onData: (listener: (chunk: Buffer) => void) => void;
  /** Called with true when the port opens, false when it is lost. */
  onOpenChange: (listener: (open: boolean) => void) => void;
  write: (bytes: Uint8Array) => Promise<void>;
  close: () => Promise<void>;
};

export type SerialLinkOptions = {
  /** Default: the `serial-link` logger. */
  log?: Logger;
  /** Time a write may take beyond its bytes' time at the baud rate. Default `writeMarginMs` (5 s). */
  writeMarginMs?: number;
};

/**
 * A serial port that survives unplugging. Ports vanish without a close event when a USB
 * device is pulled, so the device path is polled: gone means closed, back means reopen.
 * Why a port does not open (no such path, not a serial port, no permission) is logged once
 * per reason, so a wrong URI or a user missing from `dialout` does not pass in silence.
 */
export const createSerialLink = (
  path: string,
  baudRate: number,
  options: SerialLinkOptions = {},
): SerialLink => {
  const log = options.log ?? moduleLog;
  const openFailures = createOpenFailureLog(log, { path });
  const dataListeners = new Set<(chunk: Buffer) => void>();
  const openListeners = new Set<(open: boolean) => void>();
  let port: SerialPort | null = null;
  let opening = false;
  let stopped = false;
  // A port that closes mid-write never calls that write back: each write in flight is failed
  // here when its port goes, or the driver waiting on it (a printer's status poll) waits for ever.
  const writesInFlight = new Set<(error: Error) => void>();
  const failWritesInFlight = (reason: string): void => {
    writesInFlight.forEach((fail) => fail(new Error(`serial port ${path} lost (${reason})`)));
    writesInFlight.clear();
  };

  const lost = (reason: string): void => {
    if (!port) return;
    const dead = port;
    port = null;
    dead.removeAllListeners('data');
    if (dead.isOpen) dead.close(() => {});
    log.warn('serial port lost', { path, reason });
    failWritesInFlight(reason);
    openListeners.forEach((listener) => listener(false));
  };

  const tryOpen = (): void => {
    if (stopped || port || opening) return;
    if (!existsSync(path)) {
      openFailures.failed(serialOpenFailure(path, null));
      return;
    }
    opening = true;
    const candidate = new SerialPort({ path, baudRate, autoOpen: false });
    candidate.open((error) => {
      opening = false;
      if (error || stopped) {
        if (error && !stopped) {
          openFailures.failed(serialOpenFailure(path, error.message), error.message);
        }
        if (candidate.isOpen) candidate.close(() => {});
        return;
      }
      openFailures.opened();
      port = candidate;
      candidate.on('data', (chunk: Buffer) => dataListeners.forEach((listener) => listener(chunk)));
      candidate.on('error', (portError) => lost(portError.message));
      candidate.on('close', () => lost('closed'));
      log.info('serial port open', { path, baudRate });
      openListeners.forEach((listener) => listener(true));
    });
  };

  const timer = setInterval(() => {
    if (port && !existsSync(path)) lost('device path vanished');
    tryOpen();
  }, serialPollMs);
  timer.unref();
  tryOpen();

  return {
    path,
    isOpen: () => port !== null,
    onData: (listener) => {
      dataListeners.add(listener);
    },
    onOpenChange: (listener) => {
      openListeners.add(listener);
    },
    write: (bytes) =>
      new Promise<void>((resolve, reject) => {
        const current = port;
        if (!current) {
          reject(new Error(`serial port ${path} is not open`));
          return;
        }
        // A device that stops reading (a printer hung, flow control held) would keep the write
        // waiting for ever: past a deadline set by the size and the baud rate, the port is
        // dropped (and reopened by the poll) and the write fails.
        const deadline = writeDeadlineMs(
          bytes.length,
          serialBytesPerSecond(baudRate),
          options.writeMarginMs ?? writeMarginMs,
        );
        const timer = setTimeout(() => {
          fail(
            new Error(`serial port ${path} did not take ${bytes.length} bytes in ${deadline} ms`),
          );
          if (port === current) lost('write timed out');
        }, deadline);
        const fail = (error: Error): void => {
          clearTimeout(timer);
          writesInFlight.delete(fail);
          reject(error);
        };
        writesInFlight.add(fail);
        current.write(Buffer.from(bytes), (error) => {
          if (error) {
            fail(error);
            return;
          }
          current.drain((drainError) => {
            clearTimeout(timer);
            writesInFlight.delete(fail);
            if (drainError) reject(drainError);
            else resolve();
          });
        });
      }),
    close: async () => {
      stopped = true;
      clearInterval(timer);
      failWritesInFlight('closed');
      const current = port;
      port = null;
      if (current?.isOpen) await new Promise<void>((resolve) => current.close(() => resolve()));
    },
  };
};

import { existsSync } from 'node:fs';
import { SerialPort } from 'serialport';
import { createLogger } from '@openops/protocol/logger';

const log = createLogger('serial-link');

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

/**
 * A serial port that survives unplugging. Ports vanish without a close event when a USB
 * device is pulled, so the device path is polled: gone means closed, back means reopen.
 */
export const createSerialLink = (path: string, baudRate: number): SerialLink => {
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
    if (stopped || port || opening || !existsSync(path)) return;
    opening = true;
    const candidate = new SerialPort({ path, baudRate, autoOpen: false });
    candidate.open((error) => {
      opening = false;
      if (error || stopped) {
        if (error) log.debug('serial port not ready', { path, error: error.message });
        if (candidate.isOpen) candidate.close(() => {});
        return;
      }
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
        const fail = (error: Error): void => {
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

import { isBlockingFault } from '@openops/protocol';
import { createLogger } from '@openops/protocol/logger';
import type { PaperWidth } from '../escpos/paper';
import { createGarbageCounter, type GarbageCounter } from '../transport/garbage-counter';
import { createSerialLink, type SerialLink } from '../transport/serial-link';
import { PrintError, type PrinterCondition, type PrinterDriver } from './printer-driver';
import { faultsFromStatus } from './printer-status';
import { createStatusHistory } from './status-history';
import { createStatusReader } from './status-reader';

const log = createLogger('serial-printer');

/** A printer on a serial or USB-CDC port; status with `DLE EOT` over the same line. */
export const createSerialPrinter = (
  uri: string,
  path: string,
  baudRate: number,
  paper: PaperWidth,
  garbage: GarbageCounter = createGarbageCounter(log, uri),
  link: SerialLink = createSerialLink(path, baudRate),
): PrinterDriver => {
  const reader = createStatusReader(garbage);
  const history = createStatusHistory();
  link.onData(reader.feed);
  // One exchange at a time: a status poll must not interleave with a job's status check.
  let queue: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  };

  const condition = async (): Promise<PrinterCondition> => {
    if (!link.isOpen()) return { state: 'disconnected', faults: ['unplugged'] };
    try {
      const faults = faultsFromStatus(await reader.query((bytes) => link.write(bytes)));
      history.answered();
      return { state: faults.some(isBlockingFault) ? 'fault' : 'ready', faults };
    } catch {
      // Switched off with its USB-serial cable still plugged: the port opens, nothing answers.
      return history.whenSilent();
    }
  };

  return {
    uri,
    paper,
    twoWay: true,
    status: () => exclusive(condition),
    print: (bytes) =>
      exclusive(async () => {
        const before = await condition();
        if (before.state === 'disconnected') {
          throw new PrintError(
            'printer-offline',
            before.faults.includes('unplugged')
              ? `serial port ${path} is not connected`
              : `printer on ${path} stopped answering status requests`,
            before.faults,
          );
        }
        if (before.state === 'fault') {
          throw new PrintError(
            'printer-fault',
            `printer reports ${before.faults.join(', ')}`,
            before.faults,
          );
        }
        try {
          await link.write(bytes);
        } catch (error) {
          throw new PrintError('printer-offline', (error as Error).message, ['unplugged']);
        }
      }),
    garbageCount: garbage.total,
    close: () => link.close(),
  };
};

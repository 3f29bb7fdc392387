import { escpos } from '../escpos/commands';
import type { GarbageCounter } from '../transport/garbage-counter';
import { isStatusByte, type PrinterStatusBytes } from './printer-status';

/** How long a printer has to answer a real-time status request. Default 1 s. */
export const statusTimeoutMs = 1000;

/**
 * Matches status answers to requests on a two-way channel. Bytes that are not status bytes
 * (noise on the line) are counted as garbage and skipped rather than taken as an answer.
 */
export const createStatusReader = (garbage: GarbageCounter) => {
  const answers: number[] = [];
  let waiter: (() => void) | null = null;

  const feed = (chunk: Uint8Array): void => {
    let noise = 0;
    for (const byte of chunk) {
      if (isStatusByte(byte)) answers.push(byte);
      else noise += 1;
    }
    if (noise > 0) garbage.add(noise, 'bytes from the printer that are not status answers');
    waiter?.();
  };

  const next = (): Promise<number> =>
    new Promise((resolve, reject) => {
      const take = (): boolean => {
        const byte = answers.shift();
        if (byte === undefined) return false;
        clearTimeout(timer);
        waiter = null;
        resolve(byte);
        return true;
      };
      const timer = setTimeout(() => {
        waiter = null;
        reject(new Error(`no status answer in ${statusTimeoutMs} ms`));
      }, statusTimeoutMs);
      if (!take()) waiter = () => void take();
    });

  /** Sends `DLE EOT 1, 2, 4` and reads the three answers in order. */
  const query = async (
    send: (bytes: Uint8Array) => Promise<void> | void,
  ): Promise<PrinterStatusBytes> => {
    answers.length = 0;
    await send(escpos.statusRequest('printer'));
    const printer = await next();
    await send(escpos.statusRequest('offline-cause'));
    const offlineCause = await next();
    await send(escpos.statusRequest('paper'));
    const paper = await next();
    return { printer, offlineCause, paper };
  };

  return { feed, query };
};

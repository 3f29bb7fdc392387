import { createLogger } from '@openops/protocol/logger';
import { createGarbageCounter } from '../transport/garbage-counter';
import { createSerialLink, type SerialLink } from '../transport/serial-link';
import { createLineAssembler } from './line-assembler';
import type { ScannerDriver } from './scanner-driver';
import { createLinkedScanner } from './linked-scanner';

const log = createLogger('serial-scanner');

/** A scanner in serial (USB-CDC) mode: one code per CR/LF-terminated line. */
export const createSerialScanner = (
  uri: string,
  path: string,
  baudRate: number,
  link: SerialLink = createSerialLink(path, baudRate),
): ScannerDriver => {
  const garbage = createGarbageCounter(log, uri);
  const assembler = createLineAssembler((bytes, reason) => garbage.add(bytes, reason));
  const { driver, emit } = createLinkedScanner(uri, 'serial', link, garbage.total);
  link.onData((chunk) => {
    for (const line of assembler.push(chunk)) emit(line);
  });
  return driver;
};

import { createLogger } from '@openops/protocol/logger';
import { createGarbageCounter } from '../transport/garbage-counter';
import { createSerialLink, type SerialLink } from '../transport/serial-link';
import { createLineAssembler } from './line-assembler';
import type { ScannerDriver } from './scanner-driver';

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
  const scanListeners = new Set<(text: string) => void>();
  const changeListeners = new Set<() => void>();
  link.onData((chunk) => {
    for (const line of assembler.push(chunk)) scanListeners.forEach((listener) => listener(line));
  });
  link.onOpenChange(() => {
    changeListeners.forEach((listener) => listener());
  });
  return {
    uri,
    source: 'serial',
    onScan: (listener) => {
      scanListeners.add(listener);
    },
    onChange: (listener) => {
      changeListeners.add(listener);
    },
    condition: () =>
      link.isOpen()
        ? { state: 'ready', faults: [] }
        : { state: 'disconnected', faults: ['unplugged'] },
    garbageCount: garbage.total,
    close: () => link.close(),
  };
};

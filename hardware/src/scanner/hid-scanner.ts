import { createLogger } from '@openops/protocol/logger';
import { createGarbageCounter } from '../transport/garbage-counter';
import { createHidLink, type HidLink } from '../transport/hid-link';
import { parseHidPosReport } from './hid-pos-report';
import type { ScannerDriver } from './scanner-driver';
import { createLinkedScanner } from './linked-scanner';

const log = createLogger('hid-scanner');

/** Reassembles HID-POS reports into scans; pure apart from the callbacks. */
export const createHidPosAssembler = (
  onScan: (text: string) => void,
  onGarbage: (bytes: number, reason: string) => void,
) => {
  let parts: Uint8Array[] = [];
  const decoder = new TextDecoder('utf-8', { fatal: true });
  return (report: Uint8Array): void => {
    const chunk = parseHidPosReport(report);
    if (!chunk) {
      onGarbage(report.length, 'not a HID-POS scan report');
      parts = [];
      return;
    }
    parts.push(chunk.data);
    if (chunk.more) return;
    const total = parts.reduce((sum, part) => sum + part.length, 0);
    const bytes = new Uint8Array(total);
    let offset = 0;
    for (const part of parts) {
      bytes.set(part, offset);
      offset += part.length;
    }
    parts = [];
    try {
      const text = decoder
        .decode(bytes)
        .replace(/[\r\n]+$/, '')
        .normalize('NFC');
      if (text !== '') onScan(text);
    } catch {
      onGarbage(total, 'scan is not valid UTF-8');
    }
  };
};

/** A scanner in HID-POS mode. */
export const createHidScanner = (
  uri: string,
  vendorId: number,
  productId: number,
  link: HidLink = createHidLink(vendorId, productId),
): ScannerDriver => {
  const garbage = createGarbageCounter(log, uri);
  const { driver, emit } = createLinkedScanner(uri, 'hid', link, garbage.total);
  link.onReport(createHidPosAssembler(emit, (bytes, reason) => garbage.add(bytes, reason)));
  return driver;
};

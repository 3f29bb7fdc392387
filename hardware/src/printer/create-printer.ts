import { parseDeviceUri } from '../device-uri';
import type { PrinterDriver } from './printer-driver';
import { createTcpPrinter } from './tcp-printer';

/** Builds the printer driver a device URI names. */
export const createPrinter = (uri: string): PrinterDriver => {
  const parsed = parseDeviceUri(uri);
  switch (parsed.transport) {
    case 'tcp':
      return createTcpPrinter(uri, parsed.host, parsed.port);
  }
};

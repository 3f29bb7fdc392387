import { assertNever } from '@openops/protocol';
import { DeviceUriError, parseDeviceUri } from '../device-uri';
import { createCupsPrinter } from './cups-printer';
import { createFilePrinter } from './file-printer';
import type { PrinterDriver } from './printer-driver';
import { createSerialPrinter } from './serial-printer';
import { createTcpPrinter } from './tcp-printer';

/** Builds the printer driver a device URI names; throws `DeviceUriError` naming what is wrong. */
export const createPrinter = (uri: string): PrinterDriver => {
  const parsed = parseDeviceUri(uri);
  switch (parsed.transport) {
    case 'tcp':
      return createTcpPrinter(uri, parsed.host, parsed.port, parsed.paper);
    case 'serial':
      return createSerialPrinter(uri, parsed.path, parsed.baudRate, parsed.paper);
    case 'cups':
      return createCupsPrinter(uri, parsed.queue, parsed.paper);
    case 'file':
      return createFilePrinter(uri, parsed.folder, parsed.paper);
    case 'hid':
      throw new DeviceUriError(uri, 'printers attach by tcp:, serial:, cups: or file:, not hid:');
    default:
      return assertNever(parsed);
  }
};

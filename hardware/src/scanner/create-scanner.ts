import { assertNever } from '@openops/protocol';
import { DeviceUriError, parseDeviceUri } from '../device-uri';
import { createHidScanner } from './hid-scanner';
import type { ScannerDriver } from './scanner-driver';
import { createSerialScanner } from './serial-scanner';

/** Builds the scanner driver a device URI names (`serial:` or `hid:`). */
export const createScanner = (uri: string): ScannerDriver => {
  const parsed = parseDeviceUri(uri);
  switch (parsed.transport) {
    case 'serial':
      return createSerialScanner(uri, parsed.path, parsed.baudRate);
    case 'hid':
      return createHidScanner(uri, parsed.vendorId, parsed.productId);
    case 'tcp':
    case 'cups':
    case 'file':
      throw new DeviceUriError(uri, 'scanners attach by serial: or hid:');
    default:
      return assertNever(parsed);
  }
};

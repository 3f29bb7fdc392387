import { parsePaperWidth, type PaperWidth } from './escpos/paper';

/**
 * Where a device is attached:
 * - `tcp://host:9100` a network printer (port default 9100)
 * - `serial:/dev/ttyUSB0?baud=115200` a serial or USB-CDC port (baud default 115200)
 * - `cups:QueueName` a raw CUPS queue (one-way: no status)
 * - `hid:VID:PID` a USB HID device, ids in hex (`hid:0c2e:0b61`)
 * - `file:/var/lib/openops/printed` a folder printers write each job into (a demo or training
 *   centre without a printer)
 * Printers also take `?paper=58` (default 80 mm).
 */
export type DeviceUri =
  | { transport: 'tcp'; host: string; port: number; paper: PaperWidth; raw: string }
  | { transport: 'serial'; path: string; baudRate: number; paper: PaperWidth; raw: string }
  | { transport: 'cups'; queue: string; paper: PaperWidth; raw: string }
  | { transport: 'hid'; vendorId: number; productId: number; paper: PaperWidth; raw: string }
  | { transport: 'file'; folder: string; paper: PaperWidth; raw: string };

export class DeviceUriError extends Error {
  constructor(
    readonly uri: string,
    readonly reason: string,
  ) {
    super(`Địa chỉ thiết bị không hợp lệ / invalid device URI "${uri}": ${reason}`);
    this.name = 'DeviceUriError';
  }
}

/** Default port of raw network printers. */
export const defaultPrinterPort = 9100;
/** Default serial speed. */
export const defaultBaudRate = 115200;

const baudRates = new Set([1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200, 230400]);

const splitQuery = (rest: string): { main: string; query: URLSearchParams } => {
  const index = rest.indexOf('?');
  return index < 0
    ? { main: rest, query: new URLSearchParams() }
    : { main: rest.slice(0, index), query: new URLSearchParams(rest.slice(index + 1)) };
};

const paperOf = (raw: string, query: URLSearchParams): PaperWidth => {
  const paper = parsePaperWidth(query.get('paper'));
  if (paper === null)
    throw new DeviceUriError(raw, `paper must be 80 or 58, got "${query.get('paper')}"`);
  return paper;
};

/** Parses a device URI; the error names exactly what is wrong. */
export const parseDeviceUri = (raw: string): DeviceUri => {
  const colon = raw.indexOf(':');
  if (colon <= 0) {
    throw new DeviceUriError(raw, 'missing scheme (tcp:, serial:, cups:, hid:, file:)');
  }
  const scheme = raw.slice(0, colon);
  const { main, query } = splitQuery(raw.slice(colon + 1));
  switch (scheme) {
    case 'tcp': {
      const match = /^\/\/([^:/?]+)(?::(\d+))?\/?$/.exec(main);
      if (!match?.[1]) throw new DeviceUriError(raw, 'expected tcp://host:port');
      const port = match[2] === undefined ? defaultPrinterPort : Number(match[2]);
      if (!Number.isInteger(port) || port < 1 || port > 65535) {
        throw new DeviceUriError(raw, `port ${match[2]} is not between 1 and 65535`);
      }
      return { transport: 'tcp', host: match[1], port, paper: paperOf(raw, query), raw };
    }
    case 'serial': {
      const path = main.replace(/^\/\/(?=\/)/, '');
      if (!path.startsWith('/') && !/^COM\d+$/i.test(path)) {
        throw new DeviceUriError(raw, 'expected serial:/dev/ttyUSB0 (an absolute device path)');
      }
      const baudText = query.get('baud');
      const baudRate = baudText === null ? defaultBaudRate : Number(baudText);
      if (!baudRates.has(baudRate)) {
        throw new DeviceUriError(
          raw,
          `baud ${baudText} is not one of ${[...baudRates].join(', ')}`,
        );
      }
      return { transport: 'serial', path, baudRate, paper: paperOf(raw, query), raw };
    }
    case 'cups': {
      if (!/^[A-Za-z0-9_.-]{1,127}$/.test(main)) {
        throw new DeviceUriError(raw, 'expected cups:QueueName (letters, digits, _ . -)');
      }
      return { transport: 'cups', queue: main, paper: paperOf(raw, query), raw };
    }
    case 'hid': {
      const match = /^([0-9a-fA-F]{1,4}):([0-9a-fA-F]{1,4})$/.exec(main);
      if (!match?.[1] || !match[2]) {
        throw new DeviceUriError(raw, 'expected hid:VID:PID in hex, e.g. hid:0c2e:0b61');
      }
      return {
        transport: 'hid',
        vendorId: parseInt(match[1], 16),
        productId: parseInt(match[2], 16),
        paper: paperOf(raw, query),
        raw,
      };
    }
    case 'file': {
      const folder = main.replace(/^\/\/(?=\/)/, '');
      if (!folder.startsWith('/') && !/^[A-Za-z]:[\\/]/.test(folder)) {
        throw new DeviceUriError(raw, 'expected file:/path/to/folder (an absolute path)');
      }
      return { transport: 'file', folder, paper: paperOf(raw, query), raw };
    }
    default:
      throw new DeviceUriError(
        raw,
        `unknown scheme "${scheme}" (supported: tcp, serial, cups, hid, file)`,
      );
  }
};

export type DeviceUri = { transport: 'tcp'; host: string; port: number; raw: string };

export class DeviceUriError extends Error {
  constructor(uri: string, reason: string) {
    super(`Địa chỉ thiết bị không hợp lệ "${uri}": ${reason}`);
    this.name = 'DeviceUriError';
  }
}

/** Default port of raw network printers. */
export const defaultPrinterPort = 9100;

/** Parses a device URI; the error names exactly what is wrong. */
export const parseDeviceUri = (raw: string): DeviceUri => {
  const scheme = raw.slice(0, Math.max(0, raw.indexOf(':')));
  switch (scheme) {
    case 'tcp': {
      let url: URL;
      try {
        url = new URL(raw);
      } catch {
        throw new DeviceUriError(raw, 'expected tcp://host:port');
      }
      if (!url.hostname) throw new DeviceUriError(raw, 'missing host');
      const port = url.port ? Number(url.port) : defaultPrinterPort;
      return { transport: 'tcp', host: url.hostname, port, raw };
    }
    default:
      throw new DeviceUriError(raw, `unknown scheme "${scheme}" (supported: tcp)`);
  }
};

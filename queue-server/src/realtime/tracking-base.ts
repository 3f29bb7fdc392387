import type { NetworkInterfaceInfo } from 'node:os';

/** What `os.networkInterfaces()` returns; passed in, so tests need no real network. */
export type NetworkInterfaces = NodeJS.Dict<NetworkInterfaceInfo[]>;

/** Where the server can be reached, for a kiosk that reached it at `localhost`. */
export type ServerAddresses = {
  /** The address the server listens on (`--host`). Default: every interface. */
  bindHost?: string | undefined;
  /** `os.networkInterfaces`, read only when a kiosk on this machine takes a ticket. */
  interfaces: () => NetworkInterfaces;
};

// A plain host name or IPv4 address, or a bracketed IPv6 address, each with an optional port.
// Anything else (a user part, a path, spaces) is never echoed into a printed address.
const hostHeader = /^(?<name>[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::(?<port>\d{1,5}))?$/;

/**
 * Whether a host name reaches only the machine it is typed on, so a phone opening it would ask
 * itself: `localhost` (and `*.localhost`), the 127.0.0.0/8 loopback block, IPv6 `::1` (also as
 * a mapped 127.x address), and the unspecified `0.0.0.0` / `::` that browsers take as this
 * machine. IPv6 in brackets, as in a Host header.
 */
export const isThisMachineOnly = (name: string): boolean => {
  const host = name.toLowerCase().replace(/\.$/, '');
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (/^127(\.\d{1,3}){3}$/.test(host) || host === '0.0.0.0') return true;
  const v6 = /^\[(.*)\]$/.exec(host)?.[1];
  if (v6 === undefined) return false;
  return (
    /^(0{0,4}:){2,7}0{0,3}1$/.test(v6) ||
    /^(0{0,4}:){2,7}0{0,4}$/.test(v6) ||
    /^(0{0,4}:){2,5}ffff:127(\.\d{1,3}){3}$/.test(v6)
  );
};

/**
 * The first IPv4 address of this machine that others on the network can reach, in the order the
 * system lists its interfaces: not internal (loopback), and not link-local (169.254.x.x, which a
 * network card gives itself when DHCP fails, so no phone is on it). Null when there is none.
 */
export const lanAddressOf = (interfaces: NetworkInterfaces): string | null => {
  for (const addresses of Object.values(interfaces)) {
    const found = (addresses ?? []).find(
      (info) => info.family === 'IPv4' && !info.internal && !info.address.startsWith('169.254.'),
    );
    if (found) return found.address;
  }
  return null;
};

/**
 * The address other machines reach this server at, as it goes in a URL: the LAN address when it
 * listens on every interface, the one address it listens on otherwise, and null when it listens
 * on loopback only (nothing but this machine reaches it).
 */
const reachableAddressOf = (server: ServerAddresses): string | null => {
  const bound = server.bindHost?.replace(/^\[(.*)\]$/, '$1');
  if (bound === undefined || bound === '' || bound === '0.0.0.0' || bound === '::') {
    return lanAddressOf(server.interfaces());
  }
  const name = bound.includes(':') ? `[${bound}]` : bound;
  return isThisMachineOnly(name) ? null : name;
};

/**
 * `os.networkInterfaces` as the QR needs it: a failure (some containers and WSL refuse the call)
 * reads as no address, so a kiosk on this machine issues its ticket without a QR, and its ticket
 * is never refused for want of one. `warn` hears of the first failure only: it is read for every
 * ticket such a kiosk takes.
 */
export const interfacesOrNone = (
  read: () => NetworkInterfaces,
  warn: (error: Error) => void,
): (() => NetworkInterfaces) => {
  let warned = false;
  return () => {
    try {
      return read();
    } catch (error) {
      if (!warned) warn(error as Error);
      warned = true;
      return {};
    }
  };
};

const portPart = (port: string | undefined): string => (port ? `:${port}` : '');

/**
 * The base of a ticket's tracking address (`<base>/ticket/<id>`, the QR on the printed ticket)
 * when `centre.publicUrl` is unset: the address the kiosk reached the server at (its Host
 * header, e.g. `http://192.168.1.10:8080`), which phones on the same network reach too.
 *
 * A kiosk on the server machine itself reaches it at `localhost`, which on a phone is the phone:
 * then the server's LAN address with the kiosk's port. Null, for a ticket without a QR, when the
 * Host header is not a plain host and port, or when a kiosk on this machine has no other address
 * to give (no LAN address, or a server listening on loopback only).
 */
export const trackingBaseOf = (
  host: string | undefined,
  server: ServerAddresses,
): string | null => {
  const parsed = hostHeader.exec(host ?? '')?.groups;
  if (!parsed?.name) return null;
  if (!isThisMachineOnly(parsed.name)) return `http://${parsed.name}${portPart(parsed.port)}`;
  const reachable = reachableAddressOf(server);
  return reachable ? `http://${reachable}${portPart(parsed.port)}` : null;
};

import type { NetworkInterfaceInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import {
  interfacesOrNone,
  isThisMachineOnly,
  lanAddressOf,
  trackingBaseOf,
  type NetworkInterfaces,
  type ServerAddresses,
} from './tracking-base';

const ipv4 = (address: string, internal = false): NetworkInterfaceInfo => ({
  address,
  netmask: '255.255.255.0',
  family: 'IPv4',
  mac: '02:00:00:00:00:01',
  internal,
  cidr: `${address}/24`,
});

const ipv6 = (address: string, internal = false): NetworkInterfaceInfo => ({
  address,
  netmask: 'ffff:ffff:ffff:ffff::',
  family: 'IPv6',
  mac: '02:00:00:00:00:01',
  internal,
  cidr: `${address}/64`,
  scopeid: 0,
});

/** A server PC on the centre's LAN: loopback first, as Linux lists it. */
const onLan: NetworkInterfaces = {
  lo: [ipv4('127.0.0.1', true), ipv6('::1', true)],
  eth0: [ipv6('fe80::1'), ipv4('192.168.1.10')],
  wlan0: [ipv4('10.0.0.7')],
};
/** A PC with no network: loopback only, or a card that never got an address from DHCP. */
const offline: NetworkInterfaces = {
  lo: [ipv4('127.0.0.1', true)],
  eth0: [ipv4('169.254.12.3'), ipv6('fe80::1')],
};

const everyInterface = (interfaces: NetworkInterfaces): ServerAddresses => ({
  interfaces: () => interfaces,
});
/** Interfaces that fail the test when read: the LAN address is looked up only for localhost. */
const unread: ServerAddresses = {
  interfaces: () => {
    throw new Error('interfaces read for a host phones can reach');
  },
};

describe('trackingBaseOf', () => {
  it('keeps the address a kiosk on the network reached the server at', () => {
    expect(trackingBaseOf('192.168.1.10:8080', unread)).toBe('http://192.168.1.10:8080');
    expect(trackingBaseOf('may-chu.ubnd.local', unread)).toBe('http://may-chu.ubnd.local');
    expect(trackingBaseOf('[fd00::2]:8080', unread)).toBe('http://[fd00::2]:8080');
  });

  it('gives a kiosk on the server machine the LAN address, with the port it used', () => {
    const lan = everyInterface(onLan);
    expect(trackingBaseOf('localhost:8080', lan)).toBe('http://192.168.1.10:8080');
    expect(trackingBaseOf('LOCALHOST', lan)).toBe('http://192.168.1.10');
    expect(trackingBaseOf('127.0.0.1:3000', lan)).toBe('http://192.168.1.10:3000');
    expect(trackingBaseOf('127.1.2.3:8080', lan)).toBe('http://192.168.1.10:8080');
    expect(trackingBaseOf('[::1]:8080', lan)).toBe('http://192.168.1.10:8080');
    expect(trackingBaseOf('0.0.0.0:8080', lan)).toBe('http://192.168.1.10:8080');
  });

  it('gives no base, so no QR, for a kiosk on a server machine without a LAN address', () => {
    expect(trackingBaseOf('localhost:8080', everyInterface(offline))).toBeNull();
    expect(trackingBaseOf('[::1]:8080', everyInterface({}))).toBeNull();
  });

  it('follows the address the server listens on, when it listens on one only', () => {
    const bound = (bindHost: string): ServerAddresses => ({ bindHost, interfaces: () => onLan });
    expect(trackingBaseOf('localhost:8080', bound('0.0.0.0'))).toBe('http://192.168.1.10:8080');
    expect(trackingBaseOf('localhost:8080', bound('::'))).toBe('http://192.168.1.10:8080');
    expect(trackingBaseOf('localhost:8080', bound('10.0.0.7'))).toBe('http://10.0.0.7:8080');
    expect(trackingBaseOf('localhost:8080', bound('fd00::2'))).toBe('http://[fd00::2]:8080');
    // Listening on loopback only: no phone reaches it at any address.
    expect(trackingBaseOf('127.0.0.1:8080', bound('127.0.0.1'))).toBeNull();
    expect(trackingBaseOf('localhost:8080', bound('localhost'))).toBeNull();
    expect(trackingBaseOf('[::1]:8080', bound('::1'))).toBeNull();
  });

  it('gives no base for a Host header that is not a plain host and port', () => {
    for (const host of [undefined, '', 'evil.example/path', 'user@host', 'a b', 'host:123456']) {
      expect(trackingBaseOf(host, unread)).toBeNull();
    }
  });
});

describe('lanAddressOf', () => {
  it('is the first non-internal, non-link-local IPv4 address', () => {
    expect(lanAddressOf(onLan)).toBe('192.168.1.10');
    expect(lanAddressOf({ ...offline, wlan0: [ipv4('10.0.0.7')] })).toBe('10.0.0.7');
    expect(lanAddressOf(offline)).toBeNull();
  });
});

describe('isThisMachineOnly', () => {
  it('knows the names of this machine and nothing else', () => {
    for (const name of [
      'localhost',
      'kiosk.localhost',
      '127.0.0.1',
      '[::1]',
      '[0:0:0:0:0:0:0:1]',
      '[::]',
      '[::ffff:127.0.0.1]',
    ]) {
      expect(isThisMachineOnly(name), name).toBe(true);
    }
    for (const name of [
      '192.168.1.10',
      'localhost.example.vn',
      '[fd00::1]',
      '[1::1]',
      '128.0.0.1',
    ]) {
      expect(isThisMachineOnly(name), name).toBe(false);
    }
  });

  it('takes interfaces the system refuses to list as none: a ticket without a QR, not refused', () => {
    const warned: string[] = [];
    const interfaces = interfacesOrNone(
      () => {
        throw new Error('uv_interface_addresses returned Unknown system error 1');
      },
      (error) => warned.push(error.message),
    );
    expect(trackingBaseOf('localhost:8080', { interfaces })).toBeNull();
    expect(trackingBaseOf('localhost:8080', { interfaces })).toBeNull();
    // Said once, not once per ticket.
    expect(warned).toEqual(['uv_interface_addresses returned Unknown system error 1']);
  });
});

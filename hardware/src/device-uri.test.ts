import { describe, expect, it } from 'vitest';
import { DeviceUriError, parseDeviceUri } from './device-uri';

describe('parseDeviceUri', () => {
  it.each([
    ['tcp://192.168.1.50:9100', { transport: 'tcp', host: '192.168.1.50', port: 9100, paper: 80 }],
    ['tcp://printer.local', { transport: 'tcp', host: 'printer.local', port: 9100 }],
    ['tcp://127.0.0.1:9101?paper=58', { transport: 'tcp', port: 9101, paper: 58 }],
    [
      'serial:/dev/ttyUSB0?baud=115200',
      { transport: 'serial', path: '/dev/ttyUSB0', baudRate: 115200 },
    ],
    ['serial:/dev/ttyS1?baud=9600', { transport: 'serial', path: '/dev/ttyS1', baudRate: 9600 }],
    ['serial:/tmp/openops/printer', { transport: 'serial', baudRate: 115200 }],
    ['cups:Kiosk_Printer-1', { transport: 'cups', queue: 'Kiosk_Printer-1' }],
    ['hid:0c2e:0b61', { transport: 'hid', vendorId: 0x0c2e, productId: 0x0b61 }],
    ['file:/var/lib/openops/printed', { transport: 'file', folder: '/var/lib/openops/printed' }],
    ['file:///tmp/in?paper=58', { transport: 'file', folder: '/tmp/in', paper: 58 }],
  ])('reads %s', (uri, expected) => {
    expect(parseDeviceUri(uri)).toMatchObject({ ...expected, raw: uri });
  });

  it.each([
    ['printer', 'missing scheme'],
    ['usb://x', 'unknown scheme "usb"'],
    ['tcp://', 'expected tcp://host:port'],
    ['tcp://host:99999', 'port 99999'],
    ['serial:ttyUSB0', 'absolute device path'],
    ['serial:/dev/ttyUSB0?baud=12345', 'baud 12345'],
    ['cups:', 'expected cups:QueueName'],
    ['cups:My Printer', 'expected cups:QueueName'],
    ['hid:0c2e', 'expected hid:VID:PID'],
    ['hid:xyz:0001', 'expected hid:VID:PID'],
    ['tcp://h:9100?paper=76', 'paper must be 80 or 58'],
    ['file:printed', 'absolute path'],
  ])('refuses %s naming what is wrong', (uri, reason) => {
    expect(() => parseDeviceUri(uri)).toThrow(DeviceUriError);
    expect(() => parseDeviceUri(uri)).toThrow(reason);
  });
});

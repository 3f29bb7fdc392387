import { describe, expect, it } from 'vitest';
import type { Logger } from '@openops/protocol/logger';
import { createOpenFailureLog, hidOpenFailure, serialOpenFailure } from './open-failure';

describe('why a serial port does not open', () => {
  // serialport's errors carry no code: these are its messages, as seen on Debian.
  it.each([
    [null, 'missing', 'không tồn tại (does not exist)'],
    ['Error: No such file or directory, cannot open /dev/ttyUSB9', 'missing', 'không tồn tại'],
    [
      'Error: Permission denied, cannot open /dev/ttyUSB9',
      'permission',
      'không có quyền – thêm người dùng vào nhóm dialout (permission denied)',
    ],
    [
      'Error: Inappropriate ioctl for device setting custom baud rate of 9600',
      'not-a-serial-port',
      'không phải cổng nối tiếp (not a serial port)',
    ],
    ['Error: Is a directory, cannot open /dev/ttyUSB9', 'not-a-serial-port', 'không phải'],
    [
      'Error Resource temporarily unavailable Cannot lock port',
      'in-use',
      'chương trình khác đang dùng cổng này (in use by another program)',
    ],
    ['Error: Input/output error, cannot open /dev/ttyUSB9', 'other: ', 'lỗi (Error: Input/output'],
  ])('%s reads as %s', (errorText, reason, words) => {
    const failure = serialOpenFailure('/dev/ttyUSB9', errorText);
    expect(failure.reason.startsWith(reason)).toBe(true);
    expect(failure.message).toMatch(/^Không mở được cổng \/dev\/ttyUSB9: /);
    expect(failure.message).toContain(words);
  });
});

describe('why a HID device does not open', () => {
  it.each([
    [
      'libusb-1.0.so.0: cannot open shared object file: No such file or directory',
      'no-libusb',
      'thiếu libusb – cài gói libusb-1.0-0 (node-hid cannot load:',
    ],
    [
      'Failed to find binding for HID_hidraw\nTried paths:\n - /x/build/Release/HID_hidraw.node',
      'no-binding',
      'node-hid chưa được cài đúng',
    ],
    [
      "cannot open device with vendor id 0xc2e and product id 0xb61: Failed to open a device with path '/dev/hidraw0': Permission denied",
      'permission',
      'không có quyền – cần quy tắc udev cho hidraw (permission denied)',
    ],
    [
      'cannot open device with vendor id 0xc2e and product id 0xb61: No HID devices with requested VID/PID found in the system.',
      'missing',
      'Không mở được thiết bị HID c2e:b61: chưa cắm (not connected)',
    ],
  ])('%s reads as %s', (errorText, reason, words) => {
    const failure = hidOpenFailure('c2e:b61', errorText);
    expect(failure.reason).toBe(reason);
    expect(failure.message).toContain(words);
  });
});

describe('open failure log', () => {
  it('warns once per reason, again when the reason changes or after the device opened', () => {
    const lines: string[] = [];
    const log: Logger = {
      debug: () => {},
      info: () => {},
      warn: (message) => lines.push(message),
      error: () => {},
    };
    const failures = createOpenFailureLog(log, { path: '/dev/ttyUSB9' });
    const missing = serialOpenFailure('/dev/ttyUSB9', null);
    const denied = serialOpenFailure('/dev/ttyUSB9', 'Error: Permission denied, cannot open');
    for (let poll = 0; poll < 100; poll += 1) failures.failed(missing);
    failures.failed(denied);
    failures.failed(denied);
    failures.opened();
    failures.failed(denied);
    expect(lines).toEqual([missing.message, denied.message, denied.message]);
  });
});

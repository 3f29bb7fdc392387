import type { Logger } from '@openops/protocol/logger';

/**
 * Why a device did not open. `reason` is stable (a log line is written when it changes);
 * `message` is for the person at the machine, Vietnamese first with English after.
 */
export type OpenFailure = { reason: string; message: string };

/**
 * Why a serial port did not open, from serialport's error text (it carries no error code),
 * or from the device path not existing (`errorText` null).
 */
export const serialOpenFailure = (path: string, errorText: string | null): OpenFailure => {
  const cannot = `Không mở được cổng ${path}`;
  if (errorText === null || /no such file/i.test(errorText)) {
    return { reason: 'missing', message: `${cannot}: không tồn tại (does not exist)` };
  }
  if (/permission denied|EACCES/i.test(errorText)) {
    return {
      reason: 'permission',
      message: `${cannot}: không có quyền – thêm người dùng vào nhóm dialout (permission denied)`,
    };
  }
  if (/inappropriate ioctl|ENOTTY|is a directory/i.test(errorText)) {
    return {
      reason: 'not-a-serial-port',
      message: `${cannot}: không phải cổng nối tiếp (not a serial port)`,
    };
  }
  if (/cannot lock port|resource busy|EBUSY/i.test(errorText)) {
    return {
      reason: 'in-use',
      message: `${cannot}: chương trình khác đang dùng cổng này (in use by another program)`,
    };
  }
  return { reason: `other: ${errorText}`, message: `${cannot}: lỗi (${errorText})` };
};

/**
 * Why a HID device did not open, from the error text: node-hid's native part not loading (it
 * loads on first use and needs libusb and libudev), or hidapi's reason for the device.
 */
export const hidOpenFailure = (id: string, errorText: string): OpenFailure => {
  if (/shared object|libusb|libudev/i.test(errorText)) {
    return {
      reason: 'no-libusb',
      message: `Không nạp được thư viện HID: thiếu libusb – cài gói libusb-1.0-0 (node-hid cannot load: ${errorText})`,
    };
  }
  if (/failed to find binding|cannot find module/i.test(errorText)) {
    return {
      reason: 'no-binding',
      message: `Không nạp được thư viện HID: node-hid chưa được cài đúng (node-hid cannot load: ${errorText})`,
    };
  }
  const cannot = `Không mở được thiết bị HID ${id}`;
  if (/permission denied|EACCES/i.test(errorText)) {
    return {
      reason: 'permission',
      message: `${cannot}: không có quyền – cần quy tắc udev cho hidraw (permission denied)`,
    };
  }
  if (/not found|no HID devices/i.test(errorText)) {
    return { reason: 'missing', message: `${cannot}: chưa cắm (not connected)` };
  }
  return { reason: `other: ${errorText}`, message: `${cannot}: lỗi (${errorText})` };
};

export type OpenFailureLog = {
  /** Warns with the failure unless it is the one warned last; polling retries stay quiet. */
  failed: (failure: OpenFailure, error?: string) => void;
  /** The device opened: its next failure is news again. */
  opened: () => void;
};

/** Logs why a device does not open once per distinct reason, not on every poll. */
export const createOpenFailureLog = (
  log: Logger,
  fields: Record<string, unknown>,
): OpenFailureLog => {
  let last: string | null = null;
  return {
    failed: (failure, error) => {
      if (failure.reason === last) return;
      last = failure.reason;
      log.warn(failure.message, { ...fields, reason: failure.reason, ...(error ? { error } : {}) });
    },
    opened: () => {
      last = null;
    },
  };
};

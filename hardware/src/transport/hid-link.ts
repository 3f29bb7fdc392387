import type { HIDAsync } from 'node-hid';
import { createLogger } from '@openops/protocol/logger';
import { createOpenFailureLog, hidOpenFailure } from './open-failure';

const log = createLogger('hid-link');

/** How often a missing HID device is looked for again. Default 1 s. */
export const hidPollMs = 1000;

export type HidLink = {
  onReport: (listener: (report: Uint8Array) => void) => void;
  onOpenChange: (listener: (open: boolean) => void) => void;
  isOpen: () => boolean;
  write: (report: Uint8Array) => Promise<void>;
  close: () => Promise<void>;
};

/**
 * A USB HID device by vendor and product id, reopened when it comes back after unplugging.
 * node-hid is loaded on first use: it needs libusb, and agents without HID devices must not.
 */
export const createHidLink = (vendorId: number, productId: number): HidLink => {
  const reportListeners = new Set<(report: Uint8Array) => void>();
  const openListeners = new Set<(open: boolean) => void>();
  let device: HIDAsync | null = null;
  let opening = false;
  let stopped = false;
  const id = `${vendorId.toString(16)}:${productId.toString(16)}`;
  const openFailures = createOpenFailureLog(log, { id });

  const tryOpen = async (): Promise<void> => {
    if (stopped || device || opening) return;
    opening = true;
    try {
      const { HIDAsync: hid } = await import('node-hid');
      const opened = await hid.open(vendorId, productId);
      openFailures.opened();
      device = opened;
      opened.on('data', (report: Buffer) =>
        reportListeners.forEach((listener) => listener(report)),
      );
      opened.on('error', (error: Error) => {
        if (device !== opened) return;
        device = null;
        log.warn('HID device lost', { id, error: error.message });
        openListeners.forEach((listener) => listener(false));
      });
      log.info('HID device open', { id });
      openListeners.forEach((listener) => listener(true));
    } catch (error) {
      // A missing libusb or a hidraw node without permission must reach the log, not only
      // a device that never comes up: once per reason, not once a second.
      const message = (error as Error).message;
      openFailures.failed(hidOpenFailure(id, message), message);
    } finally {
      opening = false;
    }
  };
  const timer = setInterval(() => void tryOpen(), hidPollMs);
  timer.unref();
  void tryOpen();

  return {
    onReport: (listener) => {
      reportListeners.add(listener);
    },
    onOpenChange: (listener) => {
      openListeners.add(listener);
    },
    isOpen: () => device !== null,
    write: async (report) => {
      if (!device) throw new Error(`HID device ${id} is not open`);
      await device.write([0x00, ...report]); // hidapi: byte 0 is the report id, 0 = unnumbered
    },
    close: async () => {
      stopped = true;
      clearInterval(timer);
      const current = device;
      device = null;
      await current?.close();
    },
  };
};

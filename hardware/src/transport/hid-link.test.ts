import { afterEach, describe, expect, it, vi } from 'vitest';

// HID cannot be virtualised here (no /dev/uhid): node-hid is replaced by a device that records writes.
const written: number[][] = [];
vi.mock('node-hid', () => ({
  HIDAsync: {
    open: async () => ({
      on: () => {},
      write: async (data: number[]) => {
        written.push(data);
        return data.length;
      },
      close: async () => {},
    }),
  },
}));

const { createHidLink } = await import('./hid-link');

afterEach(() => {
  written.length = 0;
});

describe('HID link', () => {
  it('sends a report with report id 0 first, as hidapi expects of unnumbered reports', async () => {
    const link = createHidLink(0x0c2e, 0x0b61);
    await vi.waitFor(() => expect(link.isOpen()).toBe(true));
    await link.write(Uint8Array.of(0x02, 0x41, 0x03));
    expect(written).toEqual([[0x00, 0x02, 0x41, 0x03]]);
    await link.close();
  });
});

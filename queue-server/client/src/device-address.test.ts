import { describe, expect, it } from 'vitest';
import { invalidDeviceIdText } from './device-address';

const kiosk = { vi: 'kiosk', en: 'kiosk' };

describe('invalidDeviceIdText', () => {
  it('accepts an id the configuration may list', () => {
    expect(invalidDeviceIdText('kiosk-sanh.1_a', kiosk)).toBeNull();
  });

  it.each(['kiốt-1', 'kiosk 1', '', 'x'.repeat(65)])('names the bad value "%s"', (value) => {
    expect(invalidDeviceIdText(value, kiosk)).toBe(
      `Mã kiosk "${value}" trong địa chỉ (?device=) không hợp lệ: chỉ gồm chữ không dấu, số, dấu chấm, gạch ngang, gạch dưới (invalid kiosk id in the address)`,
    );
  });
});

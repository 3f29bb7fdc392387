import { invalidDeviceIdText } from '@openops/client';

/**
 * Why the display id from the address (`?device=`) can name no display, or null when it can.
 * A mistyped id (`màn-hình-2`, `display 2`, empty) is said on screen, by its value, instead of
 * the screen passing for another display.
 */
export const invalidDisplayId = (deviceId: string): string | null =>
  invalidDeviceIdText(deviceId, { vi: 'màn hình', en: 'display' });

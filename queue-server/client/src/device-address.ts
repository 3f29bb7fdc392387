import { idSchema } from '@openops/protocol';

/** What the screen is, as its refusal names it: `{ vi: 'màn hình', en: 'display' }`. */
export type DeviceNoun = { vi: string; en: string };

/**
 * Why the device id from the address (`?device=`) can name no device, or null when it can. A
 * mistyped id (`màn-hình-2`, `display 2`, empty) is said on screen by its value, rather than
 * the screen waiting on a server that will refuse it, or passing for another device.
 */
export const invalidDeviceIdText = (deviceId: string, noun: DeviceNoun): string | null =>
  idSchema.safeParse(deviceId).success
    ? null
    : `Mã ${noun.vi} "${deviceId}" trong địa chỉ (?device=) không hợp lệ: chỉ gồm chữ không dấu, số, dấu chấm, gạch ngang, gạch dưới (invalid ${noun.en} id in the address)`;

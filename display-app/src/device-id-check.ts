import { idSchema } from '@openops/protocol';

/**
 * Why the display id from the address (`?device=`) can name no display, or null when it can.
 * A mistyped id (`màn-hình-2`, `display 2`, empty) is said on screen, by its value, instead of
 * the screen passing for another display.
 */
export const invalidDisplayId = (deviceId: string): string | null =>
  idSchema.safeParse(deviceId).success
    ? null
    : `Mã màn hình "${deviceId}" trong địa chỉ (?device=) không hợp lệ: chỉ gồm chữ không dấu, số, dấu chấm, gạch ngang, gạch dưới (invalid display id in the address)`;

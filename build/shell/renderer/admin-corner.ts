/** Size of the square in the top-left corner where admin taps count, in CSS pixels. */
export const adminCornerSize = 80;

/** True when a pointer position falls in the admin corner. */
export const isAdminCorner = (x: number, y: number): boolean =>
  x >= 0 && y >= 0 && x < adminCornerSize && y < adminCornerSize;

/**
 * How many services the waiting strip shows at once: three to a row, two rows. A zone serving
 * more pages through them, so the strip never takes the height the calls need.
 */
export const waitingPageSize = 6;

/** Seconds each page of a long waiting strip stays on screen. Default 8 s. */
export const waitingPageSeconds = 8;

/** The strip's pages, in the configured order; one page when everything fits. */
export const waitingPages = <T>(items: readonly T[], size = waitingPageSize): T[][] => {
  const pages: T[][] = [];
  for (let start = 0; start < items.length; start += size) {
    pages.push(items.slice(start, start + size));
  }
  return pages.length > 0 ? pages : [[]];
};

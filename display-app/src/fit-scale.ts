/**
 * Finding the largest size at which text fits its panel, by trying sizes on screen. Pure: the
 * caller passes `fits`, which lays the panel out at a scale and measures it, so the search
 * itself is tested without a browser.
 */

/** Scales closer than this are not told apart: the search stops within it of the best. */
export const scalePrecision = 0.01;

const rounded = (scale: number): number => Math.round(scale * 1000) / 1000;

/**
 * The largest scale in (`above`, 1] at which `fits` holds, within `scalePrecision`, or null
 * when none does. Bisects, so a panel is laid out about eight times whatever the answer;
 * assumes that text which fits at a scale also fits at any smaller one.
 */
export const largestFittingScale = (
  fits: (scale: number) => boolean,
  above: number,
): number | null => {
  if (fits(1)) return 1;
  let low = rounded(above + scalePrecision);
  if (low >= 1 || !fits(low)) return null;
  let high = 1;
  while (high - low > scalePrecision) {
    const middle = rounded((low + high) / 2);
    if (fits(middle)) low = middle;
    else high = middle;
  }
  return low;
};

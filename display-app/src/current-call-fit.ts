import { largestFittingScale } from './fit-scale';

/**
 * How the current call shrinks to fit its card: the counter's name first, down to
 * `minimumNameScale`, and only then the ticket number and the counter's number ("Quầy 7"),
 * which are what a citizen looks for and hears.
 */
export type CallScales = {
  /** Factor on the counter name's full size (7u), under "Quầy 7". */
  name: number;
  /** Factor on the ticket number's full size (24u), the arrow's and "Quầy 7"'s (12u). */
  number: number;
};

/** 0.6 × 7u ≈ 4.2u: still above the 4u that anything read from 10 m must keep. */
export const minimumNameScale = 0.6;
/** 0.4 × 24u ≈ 10u; below it the call is cut by its card rather than made unreadable. */
export const minimumNumberScale = 0.4;

export const fullSizeCall: CallScales = { name: 1, number: 1 };

/** The largest scales, name first, at which `fits` holds; the minimums when none does. */
export const fitCall = (fits: (scales: CallScales) => boolean): CallScales => {
  if (fits(fullSizeCall)) return fullSizeCall;
  const nameOnly = (name: number) => fits({ name, number: 1 });
  if (nameOnly(minimumNameScale)) {
    return { name: largestFittingScale(nameOnly, minimumNameScale) ?? minimumNameScale, number: 1 };
  }
  const withSmallName = (number: number) => fits({ name: minimumNameScale, number });
  const number = withSmallName(minimumNumberScale)
    ? (largestFittingScale(withSmallName, minimumNumberScale) ?? minimumNumberScale)
    : minimumNumberScale;
  return { name: minimumNameScale, number };
};

import { largestFittingScale } from './fit-scale';

/**
 * How the counter board fits its counters into its panel: in one, two or three columns, at a
 * scale of the single-column sizes, both chosen by trying them on screen (`useFitToBoard`
 * passes `fits`). The board's height depends on the screen, the notice band and the rows of
 * waiting counts, so no count of counters tells the best column count beforehand.
 */
export type CounterBoardLayout = {
  columns: number;
  /** Font and spacing factor against the single-column sizes (1 = full size). */
  scale: number;
};

/** More columns make each counter too narrow for its name and number. */
export const maximumBoardColumns = 3;

/** The smallest scale the board shrinks to; below it, rows are cut off the board. */
export const minimumBoardScale = 0.25;

/**
 * A column more must give numbers this much larger (5 %) to be taken: one column also shows
 * each counter's earlier numbers, and a near tie should not make the board flip between them.
 */
export const columnGain = 1.05;

/**
 * The most of a column's width a counter's name may take (45 %), so one long name leaves the
 * numbers their room: it wraps to two lines there, and ends in an ellipsis beyond them.
 */
export const nameShare = 0.45;

/**
 * The room, in its own font size, below which a name that wraps or is cut counts as squeezed
 * and the board shrinks: 5 em holds "Quầy 123" on one line, and two lines of a long name.
 */
export const minimumNameEms = 5;

/** The layout before the board has been measured: one column at full size. */
export const unmeasuredBoard: CounterBoardLayout = { columns: 1, scale: 1 };

/**
 * The column count, from 1 to `maximumBoardColumns` (never more than the counters), whose
 * rows fit the board at the largest scale, and that scale. When even the smallest scale does
 * not fit, the most columns tried: the fewest rows are cut off.
 */
export const fitCounterBoard = (
  counterCount: number,
  fits: (columns: number, scale: number) => boolean,
): CounterBoardLayout => {
  const mostColumns = Math.max(1, Math.min(maximumBoardColumns, counterCount));
  let best: CounterBoardLayout | null = null;
  for (let columns = 1; columns <= mostColumns; columns += 1) {
    const inColumns = (scale: number) => fits(columns, scale);
    if (!best) {
      // Nothing fitted yet: the first column count that fits at all wins, at its best scale.
      if (inColumns(1)) best = { columns, scale: 1 };
      else if (inColumns(minimumBoardScale)) {
        const scale = largestFittingScale(inColumns, minimumBoardScale);
        best = { columns, scale: scale ?? minimumBoardScale };
      }
      continue;
    }
    // Only a clearly larger scale is worth a column more.
    const needed = best.scale * columnGain;
    if (needed > 1) break;
    const scale = largestFittingScale(inColumns, needed);
    if (scale !== null) best = { columns, scale };
  }
  return best ?? { columns: mostColumns, scale: minimumBoardScale };
};

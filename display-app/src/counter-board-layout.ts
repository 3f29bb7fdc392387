/**
 * How the counter board starts fitting its counters into its panel: one column of full-size
 * rows while they fit (`rowsAtFullSize`), else the column count, up to three, whose rows come
 * out largest (more columns make each row narrower, fewer make the rows shorter). The board
 * then shrinks further on screen if its text still does not fit (a 4:3 panel, long counter
 * names): see `useFitToBoard`.
 */
export type CounterBoardLayout = {
  columns: number;
  /** Font and spacing factor against the single-column sizes (1 = full size). */
  scale: number;
  /** Earlier numbers of each counter: shown only when a row has the whole panel's width. */
  showEarlier: boolean;
};

/** Rows that fit the panel at full size on a 16:9 screen. */
export const rowsAtFullSize = 6;
/** Largest scale per column count at which a "Quầy 12 · A123" row fits its column on 16:9. */
const widthScales: readonly number[] = [1, 0.68, 0.4];

const scaleFor = (counterCount: number, columns: number): number => {
  const rows = Math.ceil(counterCount / columns);
  const heightScale = rows > rowsAtFullSize ? rowsAtFullSize / rows : 1;
  return Math.min(widthScales[columns - 1] ?? 0, heightScale);
};

export const counterBoardLayout = (counterCount: number): CounterBoardLayout => {
  let columns = 1;
  for (let candidate = 2; candidate <= widthScales.length; candidate += 1) {
    if (scaleFor(counterCount, candidate) > scaleFor(counterCount, columns)) columns = candidate;
  }
  return {
    columns,
    scale: Math.round(scaleFor(counterCount, columns) * 1000) / 1000,
    showEarlier: columns === 1,
  };
};

/** The smallest scale the board shrinks to; below it, text is cut with an ellipsis. */
export const minimumBoardScale = 0.25;

/** The next, smaller scale to try when the board's text does not fit at `scale`. */
export const smallerScale = (scale: number): number =>
  Math.max(minimumBoardScale, Math.round(scale * 0.9 * 1000) / 1000);

import type { HourRow } from '@openops/protocol';

/** The working day a centre's hour chart always spans, so a morning's report keeps its scale. */
const dayStart = 7;
const dayEnd = 17;

/** The hours an hour chart spans: 7h to 17h, widened to any hour that has tickets. */
export const chartHours = (rows: readonly HourRow[]): number[] => {
  const first = Math.min(dayStart, ...rows.map((row) => row.hour));
  const last = Math.max(dayEnd, ...rows.map((row) => row.hour));
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
};

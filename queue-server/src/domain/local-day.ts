import { localTime } from './opening-hours';

const minuteMs = 60_000;
const dayMs = 86_400_000;

/** How far a zone's clocks are ahead of UTC at an instant, in ms (zone offsets are whole minutes). */
const offsetAt = (instant: number, timeZone: string): number => {
  const local = localTime(new Date(instant), timeZone);
  const wall = Date.parse(`${local.date}T${local.time}:00Z`);
  return wall - Math.floor(instant / minuteMs) * minuteMs;
};

/** The UTC instant a local wall-clock midnight falls on, asked of the offset there (DST included). */
const instantOfLocalMidnight = (day: string, timeZone: string): number => {
  const midnight = Date.parse(`${day}T00:00:00Z`);
  const guess = midnight - offsetAt(midnight, timeZone);
  return midnight - offsetAt(guess, timeZone);
};

/**
 * The instants a business day starts and ends at in the centre's time zone: records stored in
 * UTC that fall on the day are those in `[start, end)`.
 */
export const localDayBounds = (day: string, timeZone: string): { start: Date; end: Date } => {
  const next = new Date(Date.parse(`${day}T00:00:00Z`) + dayMs).toISOString().slice(0, 10);
  return {
    start: new Date(instantOfLocalMidnight(day, timeZone)),
    end: new Date(instantOfLocalMidnight(next, timeZone)),
  };
};

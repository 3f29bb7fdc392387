import { demoCentre } from '../config/demo-centre';
import type { FloorInputs } from './floor-view';

/** A quiet floor of the demo centre at 10:00 in Hà Nội, for the floor view's tests. */
export const now = new Date('2026-11-26T03:00:00.000Z');
export const secondsBefore = (seconds: number): string =>
  new Date(now.getTime() - seconds * 1000).toISOString();
export const base: FloorInputs = {
  now,
  businessDay: '2026-11-26',
  timeZone: 'Asia/Ho_Chi_Minh',
  waitAlertMinutes: 20,
  config: demoCentre,
  counters: new Map(),
  waiting: [],
  hardware: [],
  presence: [],
};

import type { CentreConfigStore } from '../config/centre-config-store';
import { localDayBounds } from '../domain/local-day';
import type { SqliteDatabase } from '../store/database';

/**
 * How many of a service's numbers on a business day are held for bookings still to be checked
 * in: slots on that day whose check-in window has not closed by `now`. A daily limit counts them, so walk-ins
 * cannot use up the numbers promised to citizens who booked (see `IssueOptions.appointmentId`).
 */
export type BookingReservations = {
  /** One service's held numbers: read when a ticket is issued or a booking made. */
  of: (serviceId: string, businessDay: string, now: Date) => number;
  /**
   * Every service's at once, by service id (absent: none held), in one read: the queue summary
   * pushed to kiosks several times a second asks for all of them.
   */
  all: (businessDay: string, now: Date) => ReadonlyMap<string, number>;
};

export const createBookingReservations = (
  database: SqliteDatabase,
  config: CentreConfigStore,
): BookingReservations => {
  const bookedFor = database.prepare<[string, string, string], { held: number }>(
    `SELECT COUNT(*) AS held FROM appointments
     WHERE service_id = ? AND state = 'booked' AND slot_start >= ? AND slot_start < ?`,
  );
  const booked = database.prepare<[string, string], { service_id: string; held: number }>(
    `SELECT service_id, COUNT(*) AS held FROM appointments
     WHERE state = 'booked' AND slot_start >= ? AND slot_start < ? GROUP BY service_id`,
  );
  /**
   * The slots held, in UTC (as they are stored): on the local day, their check-in window not
   * closed by `now`.
   */
  const window = (businessDay: string, now: Date): [string, string] => {
    const centre = config.current();
    const lateMs = (centre.appointments?.checkInLateMinutes ?? 15) * 60_000;
    const { start, end } = localDayBounds(businessDay, centre.centre.timeZone);
    const from = Math.max(start.getTime(), now.getTime() - lateMs);
    return [new Date(from).toISOString(), end.toISOString()];
  };
  return {
    of: (serviceId, businessDay, now) =>
      bookedFor.get(serviceId, ...window(businessDay, now))?.held ?? 0,
    all: (businessDay, now) =>
      new Map(booked.all(...window(businessDay, now)).map((row) => [row.service_id, row.held])),
  };
};

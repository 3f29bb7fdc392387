import type { CentreConfigStore } from '../config/centre-config-store';
import { businessDayOf } from '../domain/business-day';
import type { SqliteDatabase } from '../store/database';

/**
 * How many of a service's numbers on a business day are held for bookings still to be checked
 * in: slots on that day whose check-in window has not closed by `now`. A daily limit counts them, so walk-ins
 * cannot use up the numbers promised to citizens who booked (see `IssueOptions.appointmentId`).
 */
export type BookingReservations = (serviceId: string, businessDay: string, now: Date) => number;

export const createBookingReservations = (
  database: SqliteDatabase,
  config: CentreConfigStore,
): BookingReservations => {
  const booked = database.prepare<[string, string, string], { slot_start: string }>(
    `SELECT slot_start FROM appointments
     WHERE slot_start >= ? AND slot_start < ? AND service_id = ? AND state = 'booked'`,
  );
  return (serviceId, businessDay, now) => {
    const centre = config.current();
    const lateMs = (centre.appointments?.checkInLateMinutes ?? 15) * 60_000;
    // Slots are stored in UTC; a local day lies within a day either side of its UTC date.
    const midnight = Date.parse(`${businessDay}T00:00:00Z`);
    const from = new Date(Math.max(midnight - 86_400_000, now.getTime() - lateMs)).toISOString();
    const to = new Date(midnight + 2 * 86_400_000).toISOString();
    return booked
      .all(from, to, serviceId)
      .filter(
        (row) => businessDayOf(new Date(row.slot_start), centre.centre.timeZone) === businessDay,
      ).length;
  };
};

import { createBookedCounts } from '../appointments/appointment-service';
import { createFloorSource } from '../floor/floor-source';
import type { SqliteDatabase } from '../store/database';

/** A counter open or paused now, and who holds it: an officer's id, or a counter PC's. */
export type HeldCounter = { counterId: string; holder: string; state: 'open' | 'paused' };

/**
 * What the running day and the booked days ahead rely on beyond the configuration's own
 * lists: who holds which counter, how many citizens wait in each service, and how many
 * bookings each service still has. An edit that takes any of them away would leave a citizen
 * or an officer stuck (see `http/config-in-use-refusals.ts`).
 */
export type DayHolds = {
  /** Counters open or paused, with their holder; counters held by nobody are left out. */
  held: (businessDay: string) => HeldCounter[];
  /** Tickets waiting in each queue service on that day; services with none are left out. */
  waiting: (businessDay: string) => Map<string, number>;
  /** Bookings still to be checked in per service, slot at or after `from` (an ISO instant). */
  booked: (from: string) => Map<string, number>;
  /** Each prefix the day's numbers were issued under, and the services that issued them. */
  prefixesIssued: (businessDay: string) => Array<{ serviceId: string; prefix: string }>;
};

export const createDayHolds = (database: SqliteDatabase): DayHolds => {
  const floor = createFloorSource(database);
  const bookedFrom = createBookedCounts(database);
  // A number is its service's prefix followed by digits. Read on a configuration save only.
  const issuedPrefixes = database.prepare<[string], { serviceId: string; prefix: string }>(
    `SELECT DISTINCT service_id AS serviceId, rtrim(number, '0123456789') AS prefix
     FROM tickets WHERE business_day = ?`,
  );
  return {
    held: (businessDay) =>
      [...floor.counters(businessDay)].flatMap(([counterId, counter]): HeldCounter[] =>
        counter.state !== 'closed' && counter.heldBy
          ? [{ counterId, holder: counter.heldBy, state: counter.state }]
          : [],
      ),
    waiting: (businessDay) =>
      new Map(floor.waiting(businessDay).map((entry) => [entry.serviceId, entry.count])),
    booked: (from) => new Map(bookedFrom(from).map((entry) => [entry.serviceId, entry.count])),
    prefixesIssued: (businessDay) => issuedPrefixes.all(businessDay),
  };
};

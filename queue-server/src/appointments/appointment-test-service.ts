import { demoCentre } from '../config/demo-centre';
import type { CentreConfigStore } from '../config/centre-config-store';
import type { CentreConfig } from '../config/centre-config-schema';
import type { Notifier } from '../notifications/notifier';
import { createQueueService, type QueueService } from '../queue/queue-service';
import { createCounterRepository } from '../store/counter-repository';
import { createAtomically, openDatabase, type SqliteDatabase } from '../store/database';
import { createTicketRepository } from '../store/ticket-repository';
import { createAppointmentService, type AppointmentService } from './appointment-service';
import { createBookingReservations } from './booking-reservations';

/** A configuration store that always holds `centre`. */
export const storeOf = (centre: CentreConfig): CentreConfigStore => ({
  filePath: 'memory',
  current: () => centre,
  update: async () => ({ ok: true, config: centre }),
});

/**
 * Appointments and the queue they issue into, wired as the server wires them (bookings hold
 * numbers under a daily limit), over an in-memory database whose clock the test moves.
 */
export const centreAt = (
  instant: { now: Date },
  config = storeOf(demoCentre),
  database: SqliteDatabase = openDatabase(':memory:'),
  notifier?: Pick<Notifier, 'appointmentCancelled'>,
): { appointments: AppointmentService; queue: QueueService } => {
  const clock = (): Date => instant.now;
  const queue = createQueueService({
    config,
    tickets: createTicketRepository(database),
    counters: createCounterRepository(database),
    atomically: createAtomically(database),
    clock,
    reservedForBookings: createBookingReservations(database, config),
  });
  const appointments = createAppointmentService({
    database,
    config,
    queue,
    clock,
    ...(notifier ? { notifier } : {}),
  });
  return { appointments, queue };
};

/** The appointment service of `centreAt`. */
export const serviceAt = (...args: Parameters<typeof centreAt>): AppointmentService =>
  centreAt(...args).appointments;

// Thursday 26 November 2026, 10:00 in Hanoi; the demo window is 30 minutes before to 15 after.
export const slotStart = '2026-11-26T03:00:00.000Z';

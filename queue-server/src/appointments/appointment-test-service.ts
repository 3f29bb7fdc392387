import { demoCentre } from '../config/demo-centre';
import type { CentreConfigStore } from '../config/centre-config-store';
import type { CentreConfig } from '../config/centre-config-schema';
import type { Notifier } from '../notifications/notifier';
import { createQueueService } from '../queue/queue-service';
import { createCounterRepository } from '../store/counter-repository';
import { createAtomically, openDatabase, type SqliteDatabase } from '../store/database';
import { createTicketRepository } from '../store/ticket-repository';
import { createAppointmentService, type AppointmentService } from './appointment-service';

/** A configuration store that always holds `centre`. */
export const storeOf = (centre: CentreConfig): CentreConfigStore => ({
  filePath: 'memory',
  current: () => centre,
  update: async () => ({ ok: true, config: centre }),
});

/** A service over an in-memory database whose clock the test moves. */
export const serviceAt = (
  instant: { now: Date },
  config = storeOf(demoCentre),
  database: SqliteDatabase = openDatabase(':memory:'),
  notifier?: Pick<Notifier, 'appointmentCancelled'>,
): AppointmentService => {
  const clock = (): Date => instant.now;
  const queue = createQueueService({
    config,
    tickets: createTicketRepository(database),
    counters: createCounterRepository(database),
    atomically: createAtomically(database),
    clock,
  });
  return createAppointmentService({
    database,
    config,
    queue,
    clock,
    ...(notifier ? { notifier } : {}),
  });
};

// Thursday 26 November 2026, 10:00 in Hanoi; the demo window is 30 minutes before to 15 after.
export const slotStart = '2026-11-26T03:00:00.000Z';

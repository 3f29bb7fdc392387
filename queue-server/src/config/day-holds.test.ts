import { describe, expect, it } from 'vitest';
import { createAppointmentService } from '../appointments/appointment-service';
import { createQueueService } from '../queue/queue-service';
import { createCounterRepository } from '../store/counter-repository';
import { createAtomically, openDatabase } from '../store/database';
import { createTicketRepository } from '../store/ticket-repository';
import type { CentreConfigStore } from './centre-config-store';
import { createDayHolds } from './day-holds';
import { demoCentre } from './demo-centre';

const config: CentreConfigStore = {
  filePath: 'memory',
  current: () => demoCentre,
  update: async () => ({ ok: true, config: demoCentre }),
};

// Thursday 26 November 2026, 09:00 in Hanoi.
const now = new Date('2026-11-26T02:00:00.000Z');

const storeAt = () => {
  const database = openDatabase(':memory:');
  const counters = createCounterRepository(database);
  const clock = (): Date => now;
  const queue = createQueueService({
    config,
    tickets: createTicketRepository(database),
    counters,
    atomically: createAtomically(database),
    clock,
  });
  const appointments = createAppointmentService({ database, config, queue, clock });
  return { holds: createDayHolds(database), counters, queue, appointments };
};

describe('createDayHolds', () => {
  it('lists open and paused counters with a holder, and no other', () => {
    const { holds, counters, queue } = storeAt();
    const since = now.toISOString();
    counters.save({ counterId: 'quay-1', state: 'open', reason: null, heldBy: 'can-bo-1', since });
    counters.save({
      counterId: 'quay-2',
      state: 'paused',
      reason: 'nghỉ trưa',
      heldBy: 'can-bo-2',
      since,
    });
    counters.save({ counterId: 'quay-3', state: 'closed', reason: null, heldBy: null, since });
    // Opened by a demo client's call: open, held by nobody.
    counters.save({ counterId: 'quay-4', state: 'open', reason: null, heldBy: null, since });
    expect(holds.held(queue.today())).toEqual([
      { counterId: 'quay-1', holder: 'can-bo-1', state: 'open' },
      { counterId: 'quay-2', holder: 'can-bo-2', state: 'paused' },
    ]);
  });

  it('counts the waiting tickets of each service on that day only', () => {
    const { holds, queue } = storeAt();
    ['ho-tich', 'ho-tich', 'chung-thuc'].forEach((serviceId) => {
      expect(queue.issueTicket(serviceId, null).ok).toBe(true);
    });
    expect(holds.waiting(queue.today())).toEqual(
      new Map([
        ['ho-tich', 2],
        ['chung-thuc', 1],
      ]),
    );
    expect(holds.waiting('2026-11-25').size).toBe(0);
  });

  it('counts bookings still booked from an instant on, per service', () => {
    const { holds, appointments } = storeAt();
    const book = (serviceId: string, slotStart: string) => {
      const booked = appointments.book({ serviceId, slotStart, citizenName: 'Lê Thị Mai' });
      if (!booked.ok) throw new Error(booked.error.message);
      return booked.data;
    };
    book('dat-dai', '2026-11-26T02:00:00.000Z');
    book('dat-dai', '2026-11-27T03:00:00.000Z');
    book('ho-tich', '2026-11-26T01:50:00.000Z');
    const cancelled = book('chung-thuc', '2026-11-28T03:00:00.000Z');
    expect(appointments.cancel(cancelled.id).ok).toBe(true);
    expect(holds.booked('2026-11-26T02:00:00.000Z')).toEqual(new Map([['dat-dai', 2]]));
    expect(holds.booked('2026-11-26T01:45:00.000Z')).toEqual(
      new Map([
        ['dat-dai', 2],
        ['ho-tich', 1],
      ]),
    );
  });
});

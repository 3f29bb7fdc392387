import { describe, expect, it } from 'vitest';
import { demoCentre } from '../config/demo-centre';
import type { CentreConfigStore } from '../config/centre-config-store';
import { createAtomically, openDatabase } from '../store/database';
import { createTicketRepository } from '../store/ticket-repository';
import { createCounterRepository } from '../store/counter-repository';
import { createQueueService } from '../queue/queue-service';
import { createAppointmentService } from './appointment-service';

const config: CentreConfigStore = {
  filePath: 'memory',
  current: () => demoCentre,
  update: async () => ({ ok: true, config: demoCentre }),
};

/** A service over an in-memory database whose clock the test moves. */
const serviceAt = (instant: { now: Date }) => {
  const database = openDatabase(':memory:');
  const clock = (): Date => instant.now;
  const queue = createQueueService({
    config,
    tickets: createTicketRepository(database),
    counters: createCounterRepository(database),
    atomically: createAtomically(database),
    clock,
  });
  return createAppointmentService({ database, config, queue, clock });
};

// Thursday 26 November 2026, 10:00 in Hanoi; the demo window is 30 minutes before to 15 after.
const slotStart = '2026-11-26T03:00:00.000Z';

const refusalAt = (localIso: string) => {
  const instant = { now: new Date('2026-11-20T02:00:00Z') };
  const appointments = serviceAt(instant);
  const booked = appointments.book({ serviceId: 'ho-tich', slotStart, citizenName: 'Lê Thị Mai' });
  if (!booked.ok) throw new Error(JSON.stringify(booked.error));
  instant.now = new Date(localIso);
  const reply = appointments.checkIn(booked.data.code, 'kiosk-1');
  if (reply.ok) throw new Error('checked in');
  return reply.error;
};

describe('appointment check-in outside its window', () => {
  const window = {
    kind: 'check-in-window',
    serviceId: 'ho-tich',
    slotDay: '2026-11-26',
    opensAt: '2026-11-26T02:30:00.000Z',
    closesAt: '2026-11-26T03:15:00.000Z',
  };

  it('says the slot day is today and the window is still ahead', () => {
    const error = refusalAt('2026-11-26T09:00:00+07:00');
    expect(error.code).toBe('outside-check-in-window');
    expect(error.details).toEqual({ ...window, timing: 'too-early' });
  });

  it('says the window has passed today', () => {
    expect(refusalAt('2026-11-26T10:20:00+07:00').details).toEqual({
      ...window,
      timing: 'too-late',
    });
  });

  it('tells another day from the slot day, in the centre time zone', () => {
    // 23:30 on the 25th in Hanoi is already the 25th's evening, not the slot's day.
    expect(refusalAt('2026-11-25T23:30:00+07:00').details?.timing).toBe('before-the-day');
    expect(refusalAt('2026-11-27T08:00:00+07:00').details?.timing).toBe('after-the-day');
  });

  it('keeps the message older clients show', () => {
    expect(refusalAt('2026-11-26T09:00:00+07:00').message).toContain('09:30');
  });
});

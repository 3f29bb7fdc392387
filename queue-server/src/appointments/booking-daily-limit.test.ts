import { describe, expect, it } from 'vitest';
import { demoCentre } from '../config/demo-centre';
import { centreAt, slotStart, storeOf } from './appointment-test-service';

/** The demo centre with Chứng thực limited to `limit` numbers a day. */
const limitedTo = (limit: number) =>
  storeOf({
    ...structuredClone(demoCentre),
    services: demoCentre.services.map((service) =>
      service.id === 'chung-thuc' ? { ...service, dailyLimit: limit } : service,
    ),
  });

const booking = (slot: string, citizenName = 'Vũ Thị Lan') => ({
  serviceId: 'chung-thuc',
  slotStart: slot,
  citizenName,
});

// 09:40 in Hanoi on Thursday 26 November 2026, twenty minutes before the 10:00 slot.
const morning = () => ({ now: new Date('2026-11-26T02:40:00.000Z') });
const nextDay = '2026-11-27T03:00:00.000Z';

/**
 * A daily limit counts the numbers held for bookings: walk-ins cannot take the numbers of
 * citizens who booked, and a day whose numbers are all given or held takes no more bookings.
 */
describe('bookings under a daily limit', () => {
  it('holds a number for each booking of the day: walk-ins stop short of it, the booking checks in', () => {
    const { appointments, queue } = centreAt(morning(), limitedTo(3));
    const booked = appointments.book(booking(slotStart));
    expect(booked.ok).toBe(true);
    expect(queue.issueTicket('chung-thuc', 'kiosk-1').ok).toBe(true);
    expect(queue.summary().numbersUsedUp).toEqual([]);
    expect(queue.issueTicket('chung-thuc', 'kiosk-1').ok).toBe(true);
    // The third number is the booking's: the kiosk shows the service as used up.
    expect(queue.summary().numbersUsedUp).toEqual(['chung-thuc']);
    expect(queue.issueTicket('chung-thuc', 'kiosk-1')).toMatchObject({
      ok: false,
      error: { code: 'daily-limit-reached', message: expect.stringContaining('tối đa 3') },
    });
    const checkedIn = appointments.checkIn(booked.ok ? booked.data.code : '', 'kiosk-1');
    expect(checkedIn).toMatchObject({ ok: true, data: { issued: { ticket: { number: 'B003' } } } });
  });

  it('gives a booking past its check-in window its number back', () => {
    const instant = morning();
    const { appointments, queue } = centreAt(instant, limitedTo(1));
    expect(appointments.book(booking(slotStart)).ok).toBe(true);
    expect(queue.issueTicket('chung-thuc', 'kiosk-1').ok).toBe(false);
    expect(queue.summary().numbersUsedUp).toEqual(['chung-thuc']);
    // 10:16, past the demo's 15 minutes after the slot: the booking can no longer check in.
    instant.now = new Date('2026-11-26T03:16:00.000Z');
    expect(queue.summary().numbersUsedUp).toEqual([]);
    expect(queue.issueTicket('chung-thuc', 'kiosk-1').ok).toBe(true);
  });

  it('refuses a booking for a day whose numbers are all given or held; another day takes it', () => {
    const { appointments, queue } = centreAt(morning(), limitedTo(2));
    expect(queue.issueTicket('chung-thuc', 'kiosk-1').ok).toBe(true);
    expect(appointments.book(booking(slotStart)).ok).toBe(true);
    expect(appointments.book(booking(slotStart, 'Hồ Văn Tâm'))).toMatchObject({
      ok: false,
      error: {
        code: 'daily-limit-reached',
        message: expect.stringContaining('đã hết số ngày 26/11/2026 (tối đa 2)'),
        issues: [{ path: 'slotStart' }],
      },
    });
    expect(appointments.book(booking(nextDay, 'Hồ Văn Tâm')).ok).toBe(true);
    expect(appointments.book(booking(nextDay, 'Đinh Thị Mai')).ok).toBe(true);
    expect(appointments.book(booking(nextDay, 'Lý Văn Phúc')).ok).toBe(false);
    // A service without a limit takes every booking.
    expect(appointments.book({ ...booking(slotStart), serviceId: 'ho-tich' }).ok).toBe(true);
  });
});

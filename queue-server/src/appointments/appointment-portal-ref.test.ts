import { describe, expect, it } from 'vitest';
import { serviceAt, slotStart } from './appointment-test-service';

describe('check-in by the booking portal reference', () => {
  const request = {
    serviceId: 'ho-tich',
    slotStart,
    citizenName: 'Lê Thị Mai',
    externalRef: 'LH-7K3Q9P',
  };

  it('checks in the booking made under an LH- reference, once', () => {
    const instant = { now: new Date('2026-11-20T02:00:00Z') };
    const appointments = serviceAt(instant);
    const booked = appointments.book(request);
    if (!booked.ok) throw new Error(booked.error.message);
    instant.now = new Date('2026-11-26T09:50:00+07:00');
    expect(appointments.checkIn('LH-7K3Q9P', 'kiosk-1')).toMatchObject({
      ok: true,
      data: { appointment: { id: booked.data.id, state: 'checked-in' } },
    });
    expect(appointments.checkIn('LH-7K3Q9P', 'kiosk-1')).toMatchObject({
      ok: false,
      error: { code: 'appointment-used' },
    });
  });

  it('says a reference whose booking was cancelled is cancelled, and one never used is unknown', () => {
    const instant = { now: new Date('2026-11-20T02:00:00Z') };
    const appointments = serviceAt(instant);
    const booked = appointments.book(request);
    if (!booked.ok) throw new Error(booked.error.message);
    expect(appointments.cancel(booked.data.id).ok).toBe(true);
    instant.now = new Date('2026-11-26T09:50:00+07:00');
    expect(appointments.checkIn('LH-7K3Q9P', 'kiosk-1')).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(appointments.checkIn('LH-AAAAAA', 'kiosk-1')).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('finds a booking whose LH- reference the portal sent in small letters', () => {
    const instant = { now: new Date('2026-11-20T02:00:00Z') };
    const appointments = serviceAt(instant);
    const booked = appointments.book({ ...request, externalRef: ' lh-7k3q9p' });
    if (!booked.ok) throw new Error(booked.error.message);
    expect(booked.data.externalRef).toBe('LH-7K3Q9P');
    // Sent again as it was first sent: the same booking.
    expect(appointments.book({ ...request, externalRef: ' lh-7k3q9p' })).toEqual(booked);
    instant.now = new Date('2026-11-26T09:50:00+07:00');
    expect(appointments.checkIn('LH-7K3Q9P', 'kiosk-1')).toMatchObject({ ok: true });
  });

  it('finds the live booking when an earlier one under the reference was cancelled', () => {
    const instant = { now: new Date('2026-11-20T02:00:00Z') };
    const appointments = serviceAt(instant);
    const first = appointments.book(request);
    if (!first.ok) throw new Error(first.error.message);
    expect(appointments.cancel(first.data.id).ok).toBe(true);
    instant.now = new Date('2026-11-20T02:01:00Z');
    const second = appointments.book(request);
    if (!second.ok) throw new Error(second.error.message);
    instant.now = new Date('2026-11-26T09:50:00+07:00');
    expect(appointments.checkIn('LH-7K3Q9P', 'kiosk-1')).toMatchObject({
      ok: true,
      data: { appointment: { id: second.data.id } },
    });
  });
});

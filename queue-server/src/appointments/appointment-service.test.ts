import { describe, expect, it } from 'vitest';
import { demoCentre } from '../config/demo-centre';
import type { CentreConfig } from '../config/centre-config-schema';
import { createNotifier } from '../notifications/notifier';
import { openDatabase } from '../store/database';
import { createOutboxStore } from '../sync/outbox-store';
import { serviceAt, slotStart, storeOf } from './appointment-test-service';

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
    expect(refusalAt('2026-11-25T23:30:00+07:00').details).toMatchObject({
      timing: 'before-the-day',
    });
    expect(refusalAt('2026-11-27T08:00:00+07:00').details).toMatchObject({
      timing: 'after-the-day',
    });
  });

  it('keeps the message older clients show', () => {
    expect(refusalAt('2026-11-26T09:00:00+07:00').message).toContain('09:30');
  });
});

describe('booking a slot', () => {
  // A centre as centres run: civil status taken on weekday office hours, holidays closed.
  const office: CentreConfig = {
    ...structuredClone(demoCentre),
    services: demoCentre.services.map((service) =>
      service.id === 'ho-tich'
        ? {
            ...service,
            openingHours: [
              { weekdays: [1, 2, 3, 4, 5], from: '07:30', to: '11:30' },
              { weekdays: [1, 2, 3, 4, 5], from: '13:30', to: '17:00' },
            ],
          }
        : service,
    ),
    queuePolicy: {},
  };
  const book = (slotStart: string) =>
    serviceAt({ now: new Date('2026-11-20T02:00:00Z') }, storeOf(office)).book({
      serviceId: 'ho-tich',
      slotStart,
      citizenName: 'Lê Thị Mai',
    });

  it('is accepted when the service gives tickets then', () => {
    expect(book('2026-11-26T03:00:00.000Z').ok).toBe(true);
  });

  it('gives its number within the window even before the service opens', () => {
    // A 07:30 slot, the service's first minute; the citizen comes at 07:10.
    const instant = { now: new Date('2026-11-20T02:00:00Z') };
    const appointments = serviceAt(instant, storeOf(office));
    const booked = appointments.book({
      serviceId: 'ho-tich',
      slotStart: '2026-11-26T00:30:00.000Z',
      citizenName: 'Lê Thị Mai',
    });
    if (!booked.ok) throw new Error(booked.error.message);
    instant.now = new Date('2026-11-26T07:10:00+07:00');
    expect(appointments.checkIn(booked.data.code, 'kiosk-1')).toMatchObject({
      ok: true,
      data: { issued: { ticket: { serviceId: 'ho-tich', state: 'waiting' } } },
    });
  });

  it('is refused once its check-in window has closed, and taken until then', () => {
    // Booked on Thursday 26 November 2026 at 10:20 (Hanoi): a 10:00 slot may still be checked
    // in until 10:15, so it is too late; a 10:10 slot, until 10:25, is taken.
    const appointments = serviceAt({ now: new Date('2026-11-26T10:20:00+07:00') }, storeOf(office));
    const passed = 'Giờ hẹn đã qua, không thể đặt lịch (the slot is in the past)';
    expect(
      appointments.book({ serviceId: 'ho-tich', slotStart, citizenName: 'Lê Thị Mai' }),
    ).toEqual({
      ok: false,
      error: {
        code: 'bad-request',
        message: passed,
        issues: [{ path: 'slotStart', message: passed }],
      },
    });
    expect(
      appointments.book({
        serviceId: 'ho-tich',
        slotStart: '2026-11-26T03:10:00.000Z',
        citizenName: 'Lê Thị Mai',
      }).ok,
    ).toBe(true);
  });

  it('is refused on a public holiday, a day off, or outside the hours, naming the slot', () => {
    const holiday =
      'Ngày hẹn là ngày nghỉ lễ, trung tâm không làm việc (the slot falls on a public holiday)';
    // Friday 1 January 2027, New Year's Day, 10:00.
    expect(book('2027-01-01T03:00:00.000Z')).toEqual({
      ok: false,
      error: {
        code: 'service-closed',
        message: holiday,
        issues: [{ path: 'slotStart', message: holiday }],
      },
    });
    // Thursday 26 November 2026 at 12:00, the lunch break; Saturday the 28th at 09:00.
    const outside = book('2026-11-26T05:00:00.000Z');
    expect(!outside.ok && outside.error.message).toBe(
      'Giờ hẹn ngoài giờ nhận số của dịch vụ "Hộ tịch" (07:30–11:30, 13:30–17:00) (the slot is outside the service\'s hours)',
    );
    const saturday = book('2026-11-28T02:00:00.000Z');
    expect(!saturday.ok && saturday.error.message).toBe(
      'Dịch vụ "Hộ tịch" không nhận số vào Thứ Bảy (the service takes no numbers on that weekday)',
    );
    // A centre closed on days off: the Saturday is refused as a closed day.
    const closedOnDaysOff = serviceAt(
      { now: new Date('2026-11-20T02:00:00Z') },
      storeOf({ ...office, queuePolicy: { closedOnNonWorkingDays: true } }),
    ).book({
      serviceId: 'ho-tich',
      slotStart: '2026-11-28T02:00:00.000Z',
      citizenName: 'Lê Thị Mai',
    });
    expect(!closedOnDaysOff.ok && closedOnDaysOff.error.message).toBe(
      "Trung tâm không làm việc vào ngày hẹn (the centre is closed on the slot's day)",
    );
  });

  it('gives no number at check-in for a slot outside the hours, after closing, or on a holiday', () => {
    // Booked before the hours (or the holiday) were set: the booking check did not see them.
    const instant = { now: new Date('2026-11-20T02:00:00Z') };
    const database = openDatabase(':memory:');
    const open = serviceAt(instant, storeOf(demoCentre), database);
    const bookAt = (slotStart: string): string => {
      const booked = open.book({ serviceId: 'ho-tich', slotStart, citizenName: 'Lê Thị Mai' });
      if (!booked.ok) throw new Error(booked.error.message);
      return booked.data.code;
    };
    const lunch = bookAt('2026-11-26T05:00:00.000Z'); // 12:00, the lunch break
    const lastSlot = bookAt('2026-11-26T09:55:00.000Z'); // 16:55
    instant.now = new Date('2026-08-20T02:00:00Z');
    const holiday = bookAt('2026-09-02T03:00:00.000Z');
    // The same database, now under the office hours and the default policy.
    const strict = serviceAt(instant, storeOf(office), database);
    instant.now = new Date('2026-11-26T11:45:00+07:00');
    expect(strict.checkIn(lunch, 'kiosk-1')).toMatchObject({
      ok: false,
      error: { code: 'service-closed' },
    });
    instant.now = new Date('2026-11-26T17:05:00+07:00');
    expect(strict.checkIn(lastSlot, 'kiosk-1')).toMatchObject({
      ok: false,
      error: { code: 'service-closed' },
    });
    instant.now = new Date('2026-09-02T09:50:00+07:00');
    expect(strict.checkIn(holiday, 'kiosk-1')).toMatchObject({
      ok: false,
      error: { code: 'service-closed', details: { closure: 'holiday' } },
    });
  });
});

describe('cancelling a booking', () => {
  it('texts the citizen who left a phone once, in the same transaction', () => {
    const database = openDatabase(':memory:');
    const instant = { now: new Date('2026-11-20T02:00:00Z') };
    const notifier = createNotifier({
      database,
      sms: () => ({ url: 'http://127.0.0.1:9/sms', sender: 'OpenOPS', placesBefore: 1 }),
      centreName: () => 'Trung tâm Phục vụ hành chính công phường Bến Nghé',
      timeZone: () => 'Asia/Ho_Chi_Minh',
      clock: () => instant.now,
    });
    const appointments = serviceAt(instant, storeOf(demoCentre), database, notifier);
    const book = (phone?: string) => {
      const booked = appointments.book({
        serviceId: 'ho-tich',
        slotStart,
        citizenName: 'Lê Thị Mai',
        ...(phone ? { phone } : {}),
      });
      if (!booked.ok) throw new Error(booked.error.message);
      return booked.data;
    };
    const withPhone = book('0912345678');
    const withoutPhone = book();
    const outbox = createOutboxStore(database);

    expect(appointments.cancel(withPhone.id)).toMatchObject({
      ok: true,
      data: { citizenTexted: true },
    });
    expect(appointments.cancel(withPhone.id).ok).toBe(false);
    expect(appointments.cancel(withoutPhone.id)).toMatchObject({
      ok: true,
      data: { citizenTexted: false },
    });
    const texts = outbox.due(Date.now(), 10);
    expect(texts.map((record) => record.payload)).toEqual([
      {
        to: '0912345678',
        sender: 'OpenOPS',
        clientRef: `appointment-cancelled:${withPhone.id}`,
        text: `Trung tâm Phục vụ hành chính công phường Bến Nghé: Lịch hẹn ${withPhone.code} lúc 10:00 ngày 26/11/2026 của Quý khách đã bị hủy. Vui lòng đặt lịch khác hoặc liên hệ trung tâm.`,
      },
    ]);
  });
});

describe('a booking sent again with the same externalRef', () => {
  const request = {
    serviceId: 'ho-tich',
    slotStart,
    citizenName: 'Lê Thị Mai',
    phone: '0912345678',
    externalRef: 'portal-2026-000123',
  };

  it('answers the booking already made, code and all, and books nothing more', () => {
    const appointments = serviceAt({ now: new Date('2026-11-20T02:00:00Z') });
    const first = appointments.book(request);
    if (!first.ok) throw new Error(first.error.message);
    expect(appointments.alreadyBooked(request)).toEqual(first);
    // The same instant written another way is the same slot.
    const again = appointments.book({ ...request, slotStart: '2026-11-26T10:00:00+07:00' });
    expect(again).toEqual(first);
    expect(appointments.list('2026-11-26')).toHaveLength(1);
    // Without a reference, nothing ties two bookings together.
    expect(appointments.alreadyBooked({ ...request, externalRef: undefined })).toBeNull();
  });

  it('still answers it once checked in, and books anew once it was cancelled', () => {
    const instant = { now: new Date('2026-11-20T02:00:00Z') };
    const appointments = serviceAt(instant);
    const first = appointments.book(request);
    if (!first.ok) throw new Error(first.error.message);
    expect(appointments.cancel(first.data.id).ok).toBe(true);
    const second = appointments.book(request);
    expect(second.ok && second.data.code).not.toBe(first.data.code);
    if (!second.ok) throw new Error(second.error.message);
    instant.now = new Date('2026-11-26T09:50:00+07:00');
    expect(appointments.checkIn(second.data.code, 'kiosk-1').ok).toBe(true);
    expect(appointments.book(request)).toMatchObject({
      ok: true,
      data: { id: second.data.id, state: 'checked-in' },
    });
  });

  it('is refused as a conflict when the reference names another slot, service or citizen', () => {
    const appointments = serviceAt({ now: new Date('2026-11-20T02:00:00Z') });
    expect(appointments.book(request).ok).toBe(true);
    const refused = (changes: Partial<typeof request>) =>
      appointments.book({ ...request, ...changes });
    expect(refused({ slotStart: '2026-11-26T03:30:00.000Z' })).toMatchObject({
      ok: false,
      error: { code: 'conflict', issues: [{ path: 'externalRef' }] },
    });
    expect(refused({ serviceId: 'chung-thuc' })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringContaining('serviceId') },
    });
    expect(refused({ citizenName: 'Người Khác' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(appointments.list('2026-11-26')).toHaveLength(1);
  });
});

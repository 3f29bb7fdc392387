import { randomInt, randomUUID } from 'node:crypto';
import {
  fail,
  ok,
  type Appointment,
  type CancelledAppointment,
  type AppointmentState,
  type BookAppointmentBody,
  type CheckInResult,
  type CheckInWindowDetails,
  type Reply,
  type Service,
  portalBookingRefPattern,
} from '@openops/protocol';
import { createLogger } from '@openops/protocol/logger';
import type { CentreConfigStore } from '../config/centre-config-store';
import { businessDayOf } from '../domain/business-day';
import { issuingRulesOf } from '../domain/issuing-hours';
import { createBookingReservations } from './booking-reservations';
import { slotClosedReason } from './slot-closure';
import type { SqliteDatabase } from '../store/database';
import type { IssueOptions, QueueService } from '../queue/queue-service';
import type { Notifier } from '../notifications/notifier';

const log = createLogger('appointments');

/**
 * A portal reference in the `LH-` form is kept in capitals, as check-in reads it (typed or
 * scanned, in any case); any other reference is kept as the portal sent it.
 */
const storedRef = (reference: string | undefined): string | undefined => {
  const capitals = reference?.trim().toUpperCase();
  return capitals !== undefined && portalBookingRefPattern.test(capitals) ? capitals : reference;
};

/** Letters and digits a citizen cannot confuse (no 0/O, 1/I/L). */
const codeAlphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

type Row = {
  id: string;
  code: string;
  service_id: string;
  slot_start: string;
  citizen_name: string;
  phone: string | null;
  external_ref: string | null;
  state: AppointmentState;
  ticket_id: string | null;
  created_at: string;
};

const toAppointment = (row: Row): Appointment => ({
  id: row.id,
  code: row.code,
  serviceId: row.service_id,
  slotStart: row.slot_start,
  citizenName: row.citizen_name,
  phone: row.phone,
  externalRef: row.external_ref,
  state: row.state,
  ticketId: row.ticket_id,
  createdAt: row.created_at,
});

type Deps = {
  database: SqliteDatabase;
  config: CentreConfigStore;
  queue: QueueService;
  clock: () => Date;
  /** Texts a citizen whose booking is cancelled; none when absent. */
  notifier?: Pick<Notifier, 'appointmentCancelled'>;
};

/**
 * Booked slots from the booking portal, checked in at the kiosk by code within a window
 * around the slot (default 30 minutes before to 15 after); a check-in issues a ticket with
 * the configured priority category, in the same transaction that marks the appointment used.
 */
export const createAppointmentService = ({ database, config, queue, clock, notifier }: Deps) => {
  const statements = {
    insert: database.prepare(
      `INSERT INTO appointments (id, code, service_id, slot_start, citizen_name, phone, external_ref, state, created_at)
       VALUES (@id, @code, @service_id, @slot_start, @citizen_name, @phone, @external_ref, 'booked', @created_at)`,
    ),
    byCode: database.prepare<[string], Row>('SELECT * FROM appointments WHERE code = ?'),
    byId: database.prepare<[string], Row>('SELECT * FROM appointments WHERE id = ?'),
    // Read through appointments_by_external_ref (a partial index on rows with a reference).
    liveByExternalRef: database.prepare<[string], Row>(
      `SELECT * FROM appointments WHERE external_ref = ? AND state != 'cancelled'
       ORDER BY created_at, id LIMIT 1`,
    ),
    // At check-in a reference whose bookings were all cancelled names the latest, to say so.
    checkInByExternalRef: database.prepare<[string], Row>(
      `SELECT * FROM appointments WHERE external_ref = ?
       ORDER BY state = 'cancelled', created_at DESC, id LIMIT 1`,
    ),
    between: database.prepare<[string, string], Row>(
      'SELECT * FROM appointments WHERE slot_start >= ? AND slot_start < ? ORDER BY slot_start',
    ),
    checkIn: database.prepare(
      `UPDATE appointments SET state = 'checked-in', ticket_id = ? WHERE id = ? AND state = 'booked'`,
    ),
    cancel: database.prepare(
      `UPDATE appointments SET state = 'cancelled' WHERE id = ? AND state = 'booked'`,
    ),
  };

  const reserved = createBookingReservations(database, config);
  const numbersUsed = database.prepare<[string, string], { used: number }>(
    'SELECT COALESCE(MAX(sequence), 0) AS used FROM tickets WHERE business_day = ? AND service_id = ?',
  );
  /**
   * Why a slot's day can take no more bookings: the service's daily limit is reached by the
   * numbers already given that day and the bookings still to come. Null when one fits; a
   * booking accepted is a number held (see `createBookingReservations`).
   */
  const dayFull = (service: Service, slot: Date): string | null => {
    if (service.dailyLimit === null) return null;
    const day = businessDayOf(slot, config.current().centre.timeZone);
    const taken =
      (numbersUsed.get(day, service.id)?.used ?? 0) + reserved.of(service.id, day, clock());
    return taken < service.dailyLimit
      ? null
      : `Dịch vụ "${service.name}" đã hết số ngày ${day.split('-').reverse().join('/')} (tối đa ${service.dailyLimit}), vui lòng chọn ngày khác (no numbers left that day)`;
  };

  const newCode = (): string =>
    Array.from({ length: 8 }, () => codeAlphabet[randomInt(codeAlphabet.length)]).join('');

  /**
   * The booking an earlier sending of the same request made: a portal that lost the answer
   * sends again, with the same `externalRef`, and must get the same booking and code back.
   * Null without `externalRef`, or when every booking under it was cancelled (a new one may
   * then be made); `conflict` when the reference names a booking of another service, slot,
   * citizen or phone, so a reused reference never books twice nor returns someone else's code.
   */
  const alreadyBooked = (body: BookAppointmentBody): Reply<Appointment> | null => {
    const reference = storedRef(body.externalRef);
    if (reference === undefined) return null;
    const row = statements.liveByExternalRef.get(reference);
    if (!row) return null;
    const differs = [
      row.service_id !== body.serviceId ? 'serviceId' : null,
      Date.parse(row.slot_start) !== Date.parse(body.slotStart) ? 'slotStart' : null,
      row.citizen_name !== body.citizenName ? 'citizenName' : null,
      row.phone !== (body.phone ?? null) ? 'phone' : null,
    ].filter((field) => field !== null);
    if (differs.length === 0) return ok(toAppointment(row));
    const message = `Mã tham chiếu "${body.externalRef}" đã dùng cho một lịch hẹn khác (externalRef already names a booking with another ${differs.join(', ')})`;
    return fail('conflict', message, [{ path: 'externalRef', message }]);
  };

  /** Books a slot; idempotent on `externalRef` (see `alreadyBooked`). */
  const book = (body: BookAppointmentBody): Reply<Appointment> => {
    const earlier = alreadyBooked(body);
    if (earlier) return earlier;
    const service = config.current().services.find((candidate) => candidate.id === body.serviceId);
    if (!service)
      return fail('not-found', `Không có dịch vụ "${body.serviceId}" (no such service)`);
    const slot = new Date(body.slotStart);
    // A slot whose check-in window has already closed could never be checked in.
    const lateMinutes = config.current().appointments?.checkInLateMinutes ?? 15;
    if (slot.getTime() + lateMinutes * 60_000 < clock().getTime()) {
      const passed = 'Giờ hẹn đã qua, không thể đặt lịch (the slot is in the past)';
      return fail('bad-request', passed, [{ path: 'slotStart', message: passed }]);
    }
    // A slot the service would not give a ticket at could never be checked in either.
    const closed = slotClosedReason(slot, service, issuingRulesOf(config.current()));
    if (closed) return fail('service-closed', closed, [{ path: 'slotStart', message: closed }]);
    const full = dayFull(service, slot);
    if (full) return fail('daily-limit-reached', full, [{ path: 'slotStart', message: full }]);
    const id = randomUUID();
    // Codes are random; retry the rare collision rather than leak a sequence.
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const code = newCode();
      if (statements.byCode.get(code)) continue;
      statements.insert.run({
        id,
        code,
        service_id: body.serviceId,
        slot_start: slot.toISOString(),
        citizen_name: body.citizenName,
        phone: body.phone ?? null,
        external_ref: storedRef(body.externalRef) ?? null,
        created_at: clock().toISOString(),
      });
      const row = statements.byId.get(id);
      if (row) {
        log.info('appointment booked', {
          id,
          serviceId: body.serviceId,
          slotStart: row.slot_start,
        });
        return ok(toAppointment(row));
      }
    }
    return fail('internal', 'Không tạo được mã hẹn, vui lòng thử lại (could not allocate a code)');
  };

  const list = (day: string): Appointment[] => {
    const { timeZone } = config.current().centre;
    // Slots are stored in UTC; a local day lies within a day either side of its UTC date.
    const from = new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString();
    const to = new Date(Date.parse(`${day}T00:00:00Z`) + 2 * 86_400_000).toISOString();
    return statements.between
      .all(from, to)
      .filter((row) => businessDayOf(new Date(row.slot_start), timeZone) === day)
      .map(toAppointment);
  };

  const byCode = (code: string): Reply<Appointment> => {
    const row = statements.byCode.get(code);
    return row
      ? ok(toAppointment(row))
      : fail('not-found', 'Không tìm thấy lịch hẹn với mã này (no appointment with this code)');
  };

  // The text is queued in the cancellation's transaction: a crash sends both or neither.
  const cancelInTransaction = database.transaction((id: string): Reply<CancelledAppointment> => {
    const changed = statements.cancel.run(id).changes;
    const row = statements.byId.get(id);
    if (!row) return fail('not-found', 'Không có lịch hẹn này (no such appointment)');
    if (changed === 0)
      return fail(
        'conflict',
        row.state === 'checked-in'
          ? 'Không thể hủy: công dân đã đến và lấy số theo lịch hẹn này (already checked in)'
          : 'Lịch hẹn này đã được hủy trước đó (already cancelled)',
      );
    const cancelled = toAppointment(row);
    const citizenTexted = notifier?.appointmentCancelled(cancelled) ?? false;
    return ok({ ...cancelled, citizenTexted });
  });
  const cancel = (id: string): Reply<CancelledAppointment> => cancelInTransaction(id);

  /** The booking a check-in code names: the server's code, or the portal reference it was booked under. */
  const bookingFor = (code: string): Row | undefined =>
    portalBookingRefPattern.test(code)
      ? statements.checkInByExternalRef.get(code)
      : statements.byCode.get(code);

  /** `alongside` runs inside the ticket's transaction (see IssueOptions). */
  const checkIn = (
    code: string,
    deviceId: string | null,
    alongside?: IssueOptions['alongside'],
  ): Reply<CheckInResult> => {
    const centre = config.current();
    const policy = centre.appointments ?? {};
    const row = bookingFor(code);
    if (!row)
      return fail(
        'not-found',
        'Không tìm thấy lịch hẹn với mã này (no appointment with this code)',
      );
    if (row.state === 'checked-in') {
      return fail('appointment-used', 'Lịch hẹn này đã được lấy số (already checked in)');
    }
    if (row.state === 'cancelled')
      return fail('conflict', 'Lịch hẹn đã bị hủy (appointment cancelled)');
    const slot = Date.parse(row.slot_start);
    const opens = slot - (policy.checkInEarlyMinutes ?? 30) * 60_000;
    const closes = slot + (policy.checkInLateMinutes ?? 15) * 60_000;
    const now = clock().getTime();
    if (now < opens || now > closes) {
      const { timeZone } = centre.centre;
      const at = (instant: number): string =>
        new Date(instant).toLocaleTimeString('vi-VN', {
          timeZone,
          hour: '2-digit',
          minute: '2-digit',
        });
      const slotDay = businessDayOf(new Date(slot), timeZone);
      const today = businessDayOf(new Date(now), timeZone);
      const timing: CheckInWindowDetails['timing'] =
        today < slotDay
          ? 'before-the-day'
          : today > slotDay
            ? 'after-the-day'
            : now < opens
              ? 'too-early'
              : 'too-late';
      const refused = fail(
        'outside-check-in-window',
        `Lịch hẹn chỉ lấy số được từ ${at(opens)} đến ${at(closes)} ngày ${slotDay} (check in within the window around your slot)`,
      );
      return {
        ...refused,
        error: {
          ...refused.error,
          details: {
            kind: 'check-in-window',
            timing,
            serviceId: row.service_id,
            slotDay,
            opensAt: new Date(opens).toISOString(),
            closesAt: new Date(closes).toISOString(),
          },
        },
      };
    }
    return database.transaction((): Reply<CheckInResult> => {
      const issued = queue.issueTicket(row.service_id, deviceId, {
        priorityCategoryId: policy.priorityCategoryId,
        priorityReason: `lịch hẹn ${row.code}`,
        appointmentId: row.id,
        bookedSlot: new Date(row.slot_start),
        grantedByOfficer: true,
        alongside,
      });
      if (!issued.ok) return issued;
      statements.checkIn.run(issued.data.ticket.id, row.id);
      const after = statements.byId.get(row.id);
      if (!after) throw new Error('appointment vanished');
      return ok({ appointment: toAppointment(after), issued: issued.data });
    })();
  };

  return { book, alreadyBooked, list, byCode, cancel, checkIn };
};

export type AppointmentService = ReturnType<typeof createAppointmentService>;

/**
 * Bookings not yet checked in nor cancelled, per service, whose slot starts at or after `from`
 * (an ISO instant; slots are stored as ISO instants in UTC, so they compare as text). Services
 * with none are left out. Read by the configuration screen, which must not delete a service
 * citizens are still booked for.
 */
export const createBookedCounts = (
  database: SqliteDatabase,
): ((from: string) => Array<{ serviceId: string; count: number }>) => {
  const statement = database.prepare<[string], { service_id: string; count: number }>(
    `SELECT service_id, COUNT(*) AS count FROM appointments
     WHERE state = 'booked' AND slot_start >= ? GROUP BY service_id`,
  );
  return (from) =>
    statement.all(from).map((row) => ({ serviceId: row.service_id, count: row.count }));
};

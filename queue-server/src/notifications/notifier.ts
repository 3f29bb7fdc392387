import {
  fail,
  ok,
  type Appointment,
  type Dossier,
  type Reply,
  type SmsConfig,
} from '@openops/protocol';
import { createLogger } from '@openops/protocol/logger';
import { businessDayOf } from '../domain/business-day';
import type { SqliteDatabase } from '../store/database';
import { enqueue } from '../sync/outbox';
import { appointmentCancelledText, dossierReadyText, ticketNearText } from './sms-texts';

const log = createLogger('notifications');

/** A slot as a citizen reads it in a text: `09:30 ngày 26/11/2026`, in the centre's time zone. */
const slotText = (slot: Date, timeZone: string): string => {
  const time = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(slot);
  return `${time} ngày ${businessDayOf(slot, timeZone).split('-').reverse().join('/')}`;
};

export type NotifierDeps = {
  database: SqliteDatabase;
  sms: () => SmsConfig | null;
  centreName: () => string;
  timeZone: () => string;
  clock: () => Date;
  /**
   * The people the calling policy puts ahead of a waiting ticket, as the kiosk showed the
   * citizen (null when not waiting); used for normal tickets. Absent, and for priority tickets,
   * the waiting tickets of its own priority group placed before it, which every policy calls
   * first.
   */
  peopleAhead?: (ticketId: string) => number | null;
};

export type Notifier = ReturnType<typeof createNotifier>;

type WatchRow = {
  ticket_id: string;
  phone: string;
  number: string;
  state: string;
  priority: 0 | 1;
  ahead: number;
};

/**
 * Citizen notifications. Every text goes through the sync outbox (kind `sms`), keyed by what it
 * announces (`ticket-near:<ticket>`, `dossier-ready:<code>`, `appointment-cancelled:<id>`): the unique key stops a second
 * copy being queued, and the provider's `clientRef` stops a retried send arriving twice.
 */
export const createNotifier = (deps: NotifierDeps) => {
  const { database } = deps;
  const statements = {
    ticket: database.prepare<[string], { state: string; business_day: string }>(
      'SELECT state, business_day FROM tickets WHERE id = ?',
    ),
    subscribe: database.prepare(
      `INSERT INTO notify_subscriptions (ticket_id, phone, business_day, created_at)
       VALUES (?, ?, ?, ?)
       ON CONFLICT (ticket_id) DO UPDATE SET phone = excluded.phone`,
    ),
    // Ahead: the waiting tickets of the same priority group placed before it in its queue.
    // Every calling policy calls at least those first, so the text goes out early rather than
    // never (a priority ticket counted behind every normal one would be called unannounced).
    watched: database.prepare<[string], WatchRow>(
      `SELECT s.ticket_id, s.phone, t.number, t.state,
         t.priority_category_id IS NOT NULL AS priority,
         (SELECT COUNT(*) FROM tickets w
          WHERE w.business_day = t.business_day AND w.queue_service_id = t.queue_service_id
            AND w.state = 'waiting'
            AND (w.priority_category_id IS NULL) = (t.priority_category_id IS NULL)
            AND (w.queued_at, w.sequence) < (COALESCE(t.queued_at, t.issued_at), t.sequence)
         ) AS ahead
       FROM notify_subscriptions s JOIN tickets t ON t.id = s.ticket_id
       WHERE s.notified_at IS NULL AND s.business_day = ?`,
    ),
    notified: database.prepare(
      'UPDATE notify_subscriptions SET notified_at = ? WHERE ticket_id = ?',
    ),
  };

  const queueText = (
    config: SmsConfig,
    to: string,
    text: string,
    clientRef: string,
    at: string,
  ): boolean =>
    enqueue(database, {
      kind: 'sms',
      orderKey: `sms:${clientRef}`,
      field: null,
      idempotencyKey: clientRef,
      payload: { to, text, sender: config.sender, clientRef },
      createdAt: at,
    });

  /** Watches every opted-in ticket of the day and queues its text once it is near the front. */
  const checkQueue = database.transaction((): number => {
    const config = deps.sms();
    if (!config) return 0;
    const now = deps.clock();
    const today = businessDayOf(now, deps.timeZone());
    let queued = 0;
    statements.watched.all(today).forEach((row) => {
      if (row.state !== 'waiting') {
        // Called (or gone) before it came near: nothing to announce any more.
        statements.notified.run(now.toISOString(), row.ticket_id);
        return;
      }
      // A normal ticket counts as the kiosk told it. A priority ticket keeps its own group's
      // count: the policy's is the most normal calls that may come first, often fewer do, and
      // it would be called before the text went out.
      const ahead = row.priority ? row.ahead : (deps.peopleAhead?.(row.ticket_id) ?? row.ahead);
      if (ahead > config.placesBefore) return;
      const text = ticketNearText(deps.centreName(), row.number, ahead);
      if (queueText(config, row.phone, text, `ticket-near:${row.ticket_id}`, now.toISOString())) {
        queued += 1;
      }
      statements.notified.run(now.toISOString(), row.ticket_id);
    });
    return queued;
  });

  return {
    enabled: (): boolean => deps.sms() !== null,
    /** Kiosk or counter opt-in for one ticket. */
    watchTicket: (
      ticketId: string,
      phone: string,
    ): Reply<{ ticketId: string; placesBefore: number }> => {
      const config = deps.sms();
      if (!config) {
        return fail(
          'notifications-disabled',
          'Trung tâm chưa bật tin nhắn SMS (SMS notifications are off)',
        );
      }
      const ticket = statements.ticket.get(ticketId);
      if (!ticket) return fail('not-found', 'Không có phiếu này (no such ticket)');
      if (ticket.state !== 'waiting') {
        return fail('conflict', 'Phiếu đã được gọi (ticket already called)');
      }
      statements.subscribe.run(ticketId, phone, ticket.business_day, deps.clock().toISOString());
      return ok({ ticketId, placesBefore: config.placesBefore });
    },
    checkQueue: (): number => {
      const queued = checkQueue();
      if (queued > 0) log.info('queue texts queued', { queued });
      return queued;
    },
    /** Call inside the status change's transaction: queues the "result ready" text once. */
    dossierReady: (dossier: Dossier): void => {
      const config = deps.sms();
      if (!config || !dossier.notifyBySms || !dossier.applicant.phone) return;
      queueText(
        config,
        dossier.applicant.phone,
        dossierReadyText(deps.centreName(), dossier.code, dossier.procedureName),
        `dossier-ready:${dossier.code}`,
        deps.clock().toISOString(),
      );
    },
    /** Call inside the cancellation's transaction: tells a citizen who left a phone, once. */
    /** True when a text is queued for the citizen (texts on, a phone on the booking). */
    appointmentCancelled: (appointment: Appointment): boolean => {
      const config = deps.sms();
      if (!config || !appointment.phone) return false;
      return queueText(
        config,
        appointment.phone,
        appointmentCancelledText(
          deps.centreName(),
          appointment.code,
          slotText(new Date(appointment.slotStart), deps.timeZone()),
        ),
        `appointment-cancelled:${appointment.id}`,
        deps.clock().toISOString(),
      );
    },
  };
};

import type { RatingLevel } from '@openops/protocol';
import type { CentreConfig } from '../config/centre-config-schema';
import type { SqliteDatabase } from '../store/database';
import { addCalendarDays, isWorkingDay, returnDateOf } from '../domain/working-days';
import { formatDossierCode } from '../dossiers/dossier-code';
import { seededRandom, type Random } from './seeded-random';

export type MonthOptions = {
  /** `YYYY-MM`: every working day of it gets tickets. */
  month: string;
  /** Same seed, same month: the same records, byte for byte (ids included). */
  seed: number;
  /** Tickets per service per working day, at most. Default 40. */
  ticketsPerServiceDay?: number;
  /** Dossier statuses are decided as of this instant (finished or still open). Default now. */
  asOf?: Date;
};

export type MonthSummary = { days: number; tickets: number; ratings: number; dossiers: number };

const minute = 60_000;

// Building a formatter costs far more than using one: one per time zone.
const wallClocks = new Map<string, Intl.DateTimeFormat>();

/** UTC instant of a local wall-clock time in a time zone (exact for zones without DST, e.g. Vietnam). */
const localInstant = (day: string, minutesOfDay: number, timeZone: string): Date => {
  const guess = Date.parse(`${day}T00:00:00Z`) + minutesOfDay * minute;
  let format = wallClocks.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    wallClocks.set(timeZone, format);
  }
  const parts = format.formatToParts(new Date(guess));
  const get = (type: string): number => Number(parts.find((part) => part.type === type)?.value);
  const shown = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour') % 24,
    get('minute'),
  );
  return new Date(guess - (shown - guess));
};

const ratingLevel = (random: Random): RatingLevel => {
  const roll = random.next();
  if (roll < 0.5) return 'very-satisfied';
  if (roll < 0.82) return 'satisfied';
  if (roll < 0.9) return 'neutral';
  return 'dissatisfied';
};

/** Deterministic ids: a seeded UUID-shaped string, so two runs with one seed are identical. */
const idFrom = (random: Random): string =>
  Array.from({ length: 4 }, () => random.int(0, 0xffff).toString(16).padStart(4, '0')).join('') +
  Array.from({ length: 4 }, () => random.int(0, 0xffff).toString(16).padStart(4, '0')).join('');

/**
 * Writes a month of plausible operational records into the store: tickets through their whole
 * life (issued, called, served or no-show or cancelled) at the counters serving each service,
 * by the officers holding them, ratings for most served tickets, and dossiers with return dates
 * from the working-day calendar, finished on time, late or still open. For report tests and
 * demos; never run against a live centre's data folder.
 */
export const generateMonth = (
  database: SqliteDatabase,
  config: CentreConfig,
  options: MonthOptions,
): MonthSummary => {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(options.month)) {
    throw new RangeError(`month must be YYYY-MM, got ${options.month}`);
  }
  // The month is part of the seed, so several months written into one store never share ids.
  const random = seededRandom(
    Math.imul(options.seed, 1_000_003) + Number(options.month.replace('-', '')),
  );
  const asOf = options.asOf ?? new Date();
  const perDay = options.ticketsPerServiceDay ?? 40;
  const timeZone = config.centre.timeZone;
  // Counter officers serve; a supervisor who may also sit at a counter is used only if none is.
  const counterOfficers = (config.officers ?? []).filter((officer) =>
    officer.roles.includes('counter'),
  );
  const fullTime = counterOfficers.filter((officer) => officer.roles.length === 1);
  const officers = fullTime.length > 0 ? fullTime : counterOfficers;
  const officerOf = (counterId: string): { id: string; name: string } | null =>
    officers.find((officer) => officer.counterIds?.includes(counterId)) ??
    officers[
      config.counters.findIndex((counter) => counter.id === counterId) %
        Math.max(1, officers.length)
    ] ??
    null;

  const insertTicket = database.prepare(
    `INSERT INTO tickets (id, business_day, service_id, sequence, number, state, issued_at, issued_by,
       counter_id, called_at, queued_at, serving_started_at, finished_at, officer_id, queue_service_id)
     VALUES (@id, @day, @serviceId, @sequence, @number, @state, @issuedAt, 'kiosk-1', @counterId,
       @calledAt, @issuedAt, @servingStartedAt, @finishedAt, @officerId, @serviceId)`,
  );
  const insertEvent = database.prepare(
    `INSERT INTO ticket_events (ticket_id, type, actor, counter_id, at) VALUES (?, ?, ?, ?, ?)`,
  );
  const insertRating = database.prepare(
    `INSERT INTO ratings (id, request_id, ticket_id, ticket_number, counter_id, officer_id, service_id,
       dossier_code, level, source, rated_at, business_day)
     VALUES (@id, NULL, @ticketId, @ticketNumber, @counterId, @officerId, @serviceId, @dossierCode,
       @level, 'keypad', @ratedAt, @day)`,
  );
  const insertDossier = database.prepare(
    `INSERT INTO dossiers (code, agency_code, procedure_id, procedure_code, procedure_name, service_id,
       applicant_name, documents, fees, received_at, received_day, return_date, status, status_at,
       returned_at, channel, ticket_id, counter_id, officer_name, officer_id, history_count)
     VALUES (@code, @agencyCode, @procedureId, @procedureCode, @procedureName, @serviceId,
       @applicantName, '[]', '[]', @receivedAt, @day, @returnDate, @status, @statusAt, @returnedAt, 1,
       @ticketId, @counterId, @officerName, @officerId, 1)`,
  );
  const insertHistory = database.prepare(
    `INSERT INTO dossier_history (dossier_code, position, status, at, actor, note) VALUES (?, 0, 2, ?, ?, NULL)`,
  );

  const summary: MonthSummary = { days: 0, tickets: 0, ratings: 0, dossiers: 0 };
  const families = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi'];
  const given = ['Văn An', 'Thị Bình', 'Minh Châu', 'Đức Dũng', 'Thu Hà', 'Quốc Khánh', 'Thị Lụa'];

  const writeDay = (day: string): void => {
    let dossierSequence = 0;
    config.services.forEach((service) => {
      const counters = config.counters.filter((counter) => counter.serviceIds.includes(service.id));
      if (counters.length === 0) return;
      const procedures = config.procedures.filter(
        (procedure) => procedure.serviceId === service.id,
      );
      const count = random.int(Math.ceil(perDay / 3), perDay);
      // Arrivals spread over 07:30–16:30 local time, in order, so numbers rise with time.
      const arrivals = Array.from({ length: count }, () => random.int(450, 990)).sort(
        (a, b) => a - b,
      );
      arrivals.forEach((arrival, index) => {
        const sequence = index + 1;
        const issuedAt = localInstant(day, arrival, timeZone);
        const counter = random.pick(counters);
        const officer = officerOf(counter.id);
        const roll = random.next();
        const state = roll < 0.04 ? 'cancelled' : roll < 0.13 ? 'no-show' : 'done';
        const calledAt =
          state === 'cancelled'
            ? null
            : new Date(issuedAt.getTime() + random.int(30, 45 * 60) * 1000);
        const servingStartedAt =
          state === 'done' && calledAt
            ? new Date(calledAt.getTime() + random.int(10, 120) * 1000)
            : null;
        const finishedAt = servingStartedAt
          ? new Date(
              servingStartedAt.getTime() +
                random.int(60, (service.serviceMinutes ?? 5) * 2 * 60) * 1000,
            )
          : state === 'no-show' && calledAt
            ? new Date(calledAt.getTime() + 3 * minute)
            : null;
        const ticket = {
          id: idFrom(random),
          day,
          serviceId: service.id,
          sequence,
          number: `${service.prefix}${String(sequence).padStart(3, '0')}`,
          state,
          issuedAt: issuedAt.toISOString(),
          counterId: state === 'cancelled' ? null : counter.id,
          calledAt: calledAt?.toISOString() ?? null,
          servingStartedAt: servingStartedAt?.toISOString() ?? null,
          finishedAt: finishedAt?.toISOString() ?? null,
          officerId: state === 'cancelled' ? null : (officer?.id ?? null),
        };
        insertTicket.run(ticket);
        summary.tickets += 1;
        insertEvent.run(ticket.id, 'issued', 'kiosk-1', null, ticket.issuedAt);
        if (ticket.calledAt)
          insertEvent.run(ticket.id, 'called', ticket.officerId, counter.id, ticket.calledAt);
        if (state === 'cancelled')
          insertEvent.run(ticket.id, 'cancelled', null, null, ticket.issuedAt);
        if (ticket.finishedAt) {
          insertEvent.run(
            ticket.id,
            state === 'done' ? 'finished' : 'no-show',
            ticket.officerId,
            counter.id,
            ticket.finishedAt,
          );
        }
        if (state !== 'done' || !finishedAt) return;

        let dossierCode: string | null = null;
        const procedure =
          procedures.length > 0 && random.next() < 0.35 ? random.pick(procedures) : null;
        if (procedure) {
          dossierSequence += 1;
          dossierCode = formatDossierCode(config.agencyCode, day, dossierSequence);
          const returnDate = returnDateOf(day, procedure.processingDays, config.calendar);
          const outcome = random.next();
          // Finished a day or two early, on the day, or one to three days late; some still open.
          const offset =
            outcome < 0.55
              ? -random.int(0, 2)
              : outcome < 0.8
                ? 0
                : outcome < 0.92
                  ? random.int(1, 3)
                  : null;
          const finishDay = offset === null ? null : addCalendarDays(returnDate, offset);
          const planned = finishDay
            ? localInstant(finishDay, random.int(480, 960), timeZone)
            : null;
          // Never finished before it was received: a same-day procedure ends after the visit.
          const finishAt =
            planned && planned.getTime() <= finishedAt.getTime()
              ? new Date(finishedAt.getTime() + random.int(5, 30) * minute)
              : planned;
          const finished = finishAt !== null && finishAt.getTime() <= asOf.getTime();
          const returned = finished && random.next() < 0.7;
          insertDossier.run({
            code: dossierCode,
            agencyCode: config.agencyCode,
            procedureId: procedure.id,
            procedureCode: procedure.code,
            procedureName: procedure.name,
            serviceId: service.id,
            applicantName: `${random.pick(families)} ${random.pick(given)}`,
            receivedAt: finishedAt.toISOString(),
            day,
            returnDate,
            status: finished ? (returned ? 10 : 9) : 4,
            statusAt: (finished && finishAt ? finishAt : finishedAt).toISOString(),
            returnedAt: returned && finishAt ? finishAt.toISOString() : null,
            ticketId: ticket.id,
            counterId: counter.id,
            officerName: officer?.name ?? 'Cán bộ',
            officerId: ticket.officerId,
          });
          insertHistory.run(dossierCode, finishedAt.toISOString(), ticket.officerId);
          summary.dossiers += 1;
        }
        if (random.next() < 0.7) {
          insertRating.run({
            id: idFrom(random),
            ticketId: ticket.id,
            ticketNumber: ticket.number,
            counterId: counter.id,
            officerId: ticket.officerId,
            serviceId: service.id,
            dossierCode,
            level: ratingLevel(random),
            ratedAt: new Date(finishedAt.getTime() + random.int(3, 40) * 1000).toISOString(),
            day,
          });
          summary.ratings += 1;
        }
      });
    });
  };

  const first = `${options.month}-01`;
  database.transaction(() => {
    for (let day = first; day.startsWith(options.month); day = addCalendarDays(day, 1)) {
      if (!isWorkingDay(day, config.calendar)) continue;
      summary.days += 1;
      writeDay(day);
    }
  })();
  return summary;
};

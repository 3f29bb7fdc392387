import type { ReportQuery } from '@openops/protocol';
import type { SqliteDatabase } from '../store/database';

/** The raw records a report is computed from, already narrowed to the period and filters. */
export type TicketRecord = {
  state: string;
  issuedAt: string;
  calledAt: string | null;
  servingStartedAt: string | null;
  finishedAt: string | null;
};
export type DossierRecord = {
  status: number;
  statusAt: string;
  returnedAt: string | null;
  returnDate: string;
};
export type RatingRecord = {
  level: string;
  officerId: string | null;
  counterId: string;
  serviceId: string;
};
export type ReportRecords = {
  tickets: TicketRecord[];
  dossiers: DossierRecord[];
  ratings: RatingRecord[];
};

type TicketRow = {
  state: string;
  issued_at: string;
  called_at: string | null;
  serving_started_at: string | null;
  finished_at: string | null;
};
type DossierRow = {
  status: number;
  status_at: string;
  returned_at: string | null;
  return_date: string;
};
type RatingRow = {
  level: string;
  officer_id: string | null;
  counter_id: string;
  service_id: string;
};

/**
 * Reads a period's tickets, dossiers and ratings. Tickets are filtered by the service whose
 * queue they were in (after any transfer), the counter and the officer that last handled them;
 * dossiers by service, counter and the receiving officer (by account; those received before
 * the account was recorded, by name); ratings by service, counter and officer.
 */
export const readReportRecords = (
  database: SqliteDatabase,
  query: ReportQuery,
  officerName: string | null,
): ReportRecords => {
  const params = {
    from: query.from,
    to: query.to,
    serviceId: query.serviceId ?? null,
    counterId: query.counterId ?? null,
    officerId: query.officerId ?? null,
    officerName,
  };
  const tickets = database
    .prepare<typeof params, TicketRow>(
      `SELECT state, issued_at, called_at, serving_started_at, finished_at FROM tickets
       WHERE business_day BETWEEN @from AND @to
         AND (@serviceId IS NULL OR COALESCE(queue_service_id, service_id) = @serviceId)
         AND (@counterId IS NULL OR counter_id = @counterId)
         AND (@officerId IS NULL OR officer_id = @officerId)`,
    )
    .all(params);
  const dossiers = database
    .prepare<typeof params, DossierRow>(
      `SELECT status, status_at, returned_at, return_date FROM dossiers
       WHERE received_day BETWEEN @from AND @to
         AND (@serviceId IS NULL OR service_id = @serviceId)
         AND (@counterId IS NULL OR counter_id = @counterId)
         AND (@officerId IS NULL OR officer_id = @officerId
              OR (officer_id IS NULL AND officer_name = @officerName))`,
    )
    .all(params);
  const ratings = database
    .prepare<typeof params, RatingRow>(
      `SELECT level, officer_id, counter_id, service_id FROM ratings
       WHERE business_day BETWEEN @from AND @to
         AND (@serviceId IS NULL OR service_id = @serviceId)
         AND (@counterId IS NULL OR counter_id = @counterId)
         AND (@officerId IS NULL OR officer_id = @officerId)`,
    )
    .all(params);
  return {
    tickets: tickets.map((row) => ({
      state: row.state,
      issuedAt: row.issued_at,
      calledAt: row.called_at,
      servingStartedAt: row.serving_started_at,
      finishedAt: row.finished_at,
    })),
    dossiers: dossiers.map((row) => ({
      status: row.status,
      statusAt: row.status_at,
      returnedAt: row.returned_at,
      returnDate: row.return_date,
    })),
    ratings: ratings.map((row) => ({
      level: row.level,
      officerId: row.officer_id,
      counterId: row.counter_id,
      serviceId: row.service_id,
    })),
  };
};

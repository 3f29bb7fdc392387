import type {
  ListRatingsQuery,
  Rating,
  RatingChannel,
  RatingLevel,
  RatingRequestState,
  RatingSource,
} from '@openops/protocol';
import type { SqliteDatabase } from '../store/database';

export type RatingRequestRecord = {
  id: string;
  ticketId: string;
  ticketNumber: string;
  counterId: string;
  officerId: string | null;
  serviceId: string;
  dossierCode: string | null;
  deviceId: string | null;
  channel: RatingChannel;
  armId: string | null;
  state: RatingRequestState;
  requestedAt: string;
  expiresAt: string;
  closedAt: string | null;
};

type RequestRow = {
  id: string;
  ticket_id: string;
  ticket_number: string;
  counter_id: string;
  officer_id: string | null;
  service_id: string;
  dossier_code: string | null;
  device_id: string | null;
  channel: RatingChannel;
  arm_id: string | null;
  state: RatingRequestState;
  requested_at: string;
  expires_at: string;
  closed_at: string | null;
};

type RatingRow = {
  id: string;
  request_id: string | null;
  ticket_id: string;
  ticket_number: string;
  counter_id: string;
  officer_id: string | null;
  service_id: string;
  dossier_code: string | null;
  level: RatingLevel;
  source: RatingSource;
  rated_at: string;
  business_day: string;
};

const toRequest = (row: RequestRow): RatingRequestRecord => ({
  id: row.id,
  ticketId: row.ticket_id,
  ticketNumber: row.ticket_number,
  counterId: row.counter_id,
  officerId: row.officer_id,
  serviceId: row.service_id,
  dossierCode: row.dossier_code,
  deviceId: row.device_id,
  channel: row.channel,
  armId: row.arm_id,
  state: row.state,
  requestedAt: row.requested_at,
  expiresAt: row.expires_at,
  closedAt: row.closed_at,
});

const toRating = (row: RatingRow): Rating => ({
  id: row.id,
  requestId: row.request_id,
  ticketId: row.ticket_id,
  ticketNumber: row.ticket_number,
  counterId: row.counter_id,
  officerId: row.officer_id,
  serviceId: row.service_id,
  dossierCode: row.dossier_code,
  level: row.level,
  source: row.source,
  ratedAt: row.rated_at,
  businessDay: row.business_day,
});

/** Why a rating was not stored. */
export type RecordRefusal = 'no-request' | 'closed' | 'already-rated';

export type RatingRepository = {
  /** Stores a waiting request and cancels the counter's older waiting ones; returns those. */
  openRequest: (request: RatingRequestRecord) => RatingRequestRecord[];
  /** Records how the request collects its press (keypad arm or page) and when it ends. */
  setChannel: (id: string, channel: RatingChannel, armId: string | null, expiresAt: string) => void;
  requestById: (id: string) => RatingRequestRecord | null;
  requestByArm: (armId: string) => RatingRequestRecord | null;
  /** Waiting requests, newest first; one counter's when `counterId` is given. */
  waiting: (counterId?: string) => RatingRequestRecord[];
  /** Closes a waiting request as expired; false when it was no longer waiting. */
  expire: (id: string, at: string) => boolean;
  /**
   * Stores the rating of a waiting, unexpired request and closes it, in one transaction in
   * which `inTransaction` also runs (the sync outbox hook), so the rating and its sync record
   * commit together or not at all.
   */
  record: (
    requestId: string,
    rating: Omit<
      Rating,
      | 'requestId'
      | 'ticketId'
      | 'ticketNumber'
      | 'counterId'
      | 'officerId'
      | 'serviceId'
      | 'dossierCode'
    >,
    inTransaction: (rating: Rating) => void,
  ) =>
    | { ok: true; rating: Rating; request: RatingRequestRecord }
    | { ok: false; reason: RecordRefusal };
  list: (query: ListRatingsQuery) => Rating[];
  /** Every rating the query's filters select, counted by level: its limit does not apply. */
  countsByLevel: (query: ListRatingsQuery) => Array<{ level: string; count: number }>;
};

export const createRatingRepository = (database: SqliteDatabase): RatingRepository => {
  const statements = {
    insertRequest: database.prepare(
      `INSERT INTO rating_requests (id, ticket_id, ticket_number, counter_id, officer_id, service_id,
         dossier_code, device_id, channel, arm_id, state, requested_at, expires_at, closed_at)
       VALUES (@id, @ticketId, @ticketNumber, @counterId, @officerId, @serviceId, @dossierCode,
         @deviceId, @channel, @armId, @state, @requestedAt, @expiresAt, @closedAt)`,
    ),
    waitingAt: database.prepare<[string], RequestRow>(
      `SELECT * FROM rating_requests WHERE counter_id = ? AND state = 'waiting' ORDER BY requested_at DESC`,
    ),
    waitingAll: database.prepare<[], RequestRow>(
      `SELECT * FROM rating_requests WHERE state = 'waiting' ORDER BY requested_at DESC`,
    ),
    close: database.prepare(
      `UPDATE rating_requests SET state = ?, closed_at = ? WHERE id = ? AND state = 'waiting'`,
    ),
    receive: database.prepare(
      `UPDATE rating_requests SET state = 'received', closed_at = ?
       WHERE id = ? AND state IN ('waiting', 'expired')`,
    ),
    setChannel: database.prepare(
      `UPDATE rating_requests SET channel = ?, arm_id = ?, expires_at = ? WHERE id = ?`,
    ),
    byId: database.prepare<[string], RequestRow>('SELECT * FROM rating_requests WHERE id = ?'),
    byArm: database.prepare<[string], RequestRow>('SELECT * FROM rating_requests WHERE arm_id = ?'),
    ratedTicket: database.prepare<[string, string], { id: string }>(
      'SELECT id FROM ratings WHERE ticket_id = ? AND counter_id = ?',
    ),
    insertRating: database.prepare(
      `INSERT INTO ratings (id, request_id, ticket_id, ticket_number, counter_id, officer_id,
         service_id, dossier_code, level, source, rated_at, business_day)
       VALUES (@id, @requestId, @ticketId, @ticketNumber, @counterId, @officerId, @serviceId,
         @dossierCode, @level, @source, @ratedAt, @businessDay)`,
    ),
  };

  const openRequest = database.transaction((request: RatingRequestRecord) => {
    const older = statements.waitingAt.all(request.counterId).map(toRequest);
    older.forEach((old) => statements.close.run('cancelled', request.requestedAt, old.id));
    statements.insertRequest.run(request);
    return older;
  });

  const record = database.transaction(
    (
      requestId: string,
      given: Parameters<RatingRepository['record']>[1],
      inTransaction: (rating: Rating) => void,
    ): ReturnType<RatingRepository['record']> => {
      const row = statements.byId.get(requestId);
      if (!row) return { ok: false, reason: 'no-request' };
      const request = toRequest(row);
      if (statements.ratedTicket.get(request.ticketId, request.counterId)) {
        return { ok: false, reason: 'already-rated' };
      }
      // A keypad press made within the window may arrive after it, its request expired meanwhile
      // (the agent's link was down): it is judged by when it was made.
      const openWhenRated =
        request.state === 'waiting' || (request.state === 'expired' && given.source === 'keypad');
      if (!openWhenRated || Date.parse(given.ratedAt) > Date.parse(request.expiresAt)) {
        return { ok: false, reason: 'closed' };
      }
      const rating: Rating = {
        ...given,
        requestId,
        ticketId: request.ticketId,
        ticketNumber: request.ticketNumber,
        counterId: request.counterId,
        officerId: request.officerId,
        serviceId: request.serviceId,
        dossierCode: request.dossierCode,
      };
      statements.insertRating.run(rating);
      statements.receive.run(rating.ratedAt, requestId);
      inTransaction(rating);
      return {
        ok: true,
        rating,
        request: { ...request, state: 'received', closedAt: rating.ratedAt },
      };
    },
  );

  /** The WHERE clause of a query's filters (its limit aside), with the values it binds. */
  const filterOf = (query: ListRatingsQuery): { where: string; values: string[] } => {
    const clauses: string[] = [];
    const values: string[] = [];
    const add = (clause: string, value: string | undefined): void => {
      if (value === undefined) return;
      clauses.push(clause);
      values.push(value);
    };
    add('business_day >= ?', query.from);
    add('business_day <= ?', query.to);
    add('counter_id = ?', query.counterId);
    add('officer_id = ?', query.officerId);
    add('service_id = ?', query.serviceId);
    return { where: clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '', values };
  };

  const list = (query: ListRatingsQuery): Rating[] => {
    const { where, values } = filterOf(query);
    return database
      .prepare<Array<string | number>, RatingRow>(
        `SELECT * FROM ratings ${where} ORDER BY rated_at LIMIT ?`,
      )
      .all(...values, query.limit)
      .map(toRating);
  };

  const countsByLevel = (query: ListRatingsQuery): Array<{ level: string; count: number }> => {
    const { where, values } = filterOf(query);
    return database
      .prepare<string[], { level: string; count: number }>(
        `SELECT level, COUNT(*) AS count FROM ratings ${where} GROUP BY level`,
      )
      .all(...values);
  };

  const byId = (id: string): RatingRequestRecord | null => {
    const row = statements.byId.get(id);
    return row ? toRequest(row) : null;
  };

  return {
    openRequest: (request) => openRequest(request),
    setChannel: (id, channel, armId, expiresAt) => {
      statements.setChannel.run(channel, armId, expiresAt, id);
    },
    requestById: byId,
    requestByArm: (armId) => {
      const row = statements.byArm.get(armId);
      return row ? toRequest(row) : null;
    },
    waiting: (counterId) =>
      (counterId === undefined
        ? statements.waitingAll.all()
        : statements.waitingAt.all(counterId)
      ).map(toRequest),
    expire: (id, at) => statements.close.run('expired', at, id).changes > 0,
    record: (requestId, rating, inTransaction) => record(requestId, rating, inTransaction),
    list,
    countsByLevel,
  };
};

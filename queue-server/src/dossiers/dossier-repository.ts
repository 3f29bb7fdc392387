import {
  allowedFrom,
  feesTotalVnd,
  targetStatusOf,
  type Dossier,
  type DossierAction,
  type DossierDocument,
  type DossierFee,
  type DossierHistoryEntry,
  type DossierStatus,
  type ListDossiersQuery,
} from '@openops/protocol';
import type { SqliteDatabase } from '../store/database';
import { enqueueDossierReceived, enqueueStatusChange } from '../sync/dossier-sync';
import { formatDossierCode } from './dossier-code';

type DossierRow = {
  code: string;
  procedure_id: string;
  procedure_code: string;
  procedure_name: string;
  service_id: string;
  applicant_name: string;
  applicant_id_masked: string | null;
  applicant_phone: string | null;
  applicant_address: string | null;
  documents: string;
  fees: string;
  received_at: string;
  return_date: string;
  status: number;
  status_at: string;
  supplement_items: string;
  returned_at: string | null;
  channel: number;
  ticket_id: string | null;
  counter_id: string;
  officer_name: string;
  notify_by_sms: number;
  history_count: number;
};

type HistoryRow = { status: number; at: string; actor: string | null; note: string | null };

// Rows are only ever written by this repository from validated input, so their JSON columns
// and status numbers have the shapes written; the casts below restate them, not trust outsiders.
const toDossier = (row: DossierRow): Dossier => {
  const fees = JSON.parse(row.fees) as DossierFee[];
  return {
    code: row.code,
    procedureId: row.procedure_id,
    procedureCode: row.procedure_code,
    procedureName: row.procedure_name,
    serviceId: row.service_id,
    applicant: {
      name: row.applicant_name,
      idMasked: row.applicant_id_masked,
      phone: row.applicant_phone,
      address: row.applicant_address,
    },
    documents: JSON.parse(row.documents) as DossierDocument[],
    fees,
    // Derived from the stored lines, so the total can never disagree with them.
    feesTotalVnd: feesTotalVnd(fees),
    receivedAt: row.received_at,
    returnDate: row.return_date,
    status: row.status as DossierStatus,
    statusAt: row.status_at,
    supplementItems: JSON.parse(row.supplement_items) as string[],
    returnedAt: row.returned_at,
    channel: row.channel as Dossier['channel'],
    ticketId: row.ticket_id,
    counterId: row.counter_id,
    officerName: row.officer_name,
    notifyBySms: row.notify_by_sms === 1,
  };
};

/** A dossier as the service prepared it, before it has a code. */
export type NewDossier = Omit<
  Dossier,
  'code' | 'status' | 'statusAt' | 'supplementItems' | 'returnedAt' | 'feesTotalVnd'
> & {
  /** The counter's id for this reception, when it sent one. */
  requestId?: string | null;
  /** The digest of the applicant's full ID number, when the counter gave one. */
  applicantIdDigest?: string | null;
  /** The receiving officer's account id (reports count by it; the name may change). */
  officerId?: string | null;
};

export type StatusChangeRequest = {
  code: string;
  action: DossierAction;
  at: string;
  actor: string | null;
  note: string | null;
  supplementItems: readonly string[] | null;
};

export type StatusChangeResult =
  | { ok: true; dossier: Dossier }
  | { ok: false; reason: 'not-found' }
  | { ok: false; reason: 'invalid-status-transition'; current: DossierStatus };

export type DossierRepository = {
  /**
   * Assigns the next code of the agency's day and stores the dossier, its first history row
   * and its sync record in one transaction.
   */
  receive: (dossier: NewDossier, agencyCode: string, day: string) => Dossier;
  /**
   * Applies an officer's action; the new status, its history row, its sync record and whatever
   * `within` writes (a notification) commit together.
   */
  changeStatus: (
    request: StatusChangeRequest,
    within?: (dossier: Dossier) => void,
  ) => StatusChangeResult;
  byCode: (code: string) => Dossier | null;
  /** The dossier a reception with this request id stored, if any. */
  byRequestId: (requestId: string) => Dossier | null;
  history: (code: string) => DossierHistoryEntry[];
  list: (query: ListDossiersQuery) => Dossier[];
  /**
   * Dossiers received under an ID number with one of these digests (a card's ID and old ID),
   * newest first, at most `limit`: a citizen's list at the kiosk.
   */
  byApplicantIdDigests: (digests: readonly string[], limit: number) => Dossier[];
  /**
   * Codes of dossiers still open (not in a final status: 3 not received, 8 processing stopped,
   * 10 result returned), in code order after `after` (from the first when null), at most
   * `limit`: the status pull walks them all in turn.
   */
  openCodes: (limit: number, after: string | null) => string[];
};

export const createDossierRepository = (database: SqliteDatabase): DossierRepository => {
  const statements = {
    lastSequence: database.prepare<[string, string], { last_sequence: number }>(
      'SELECT last_sequence FROM dossier_sequences WHERE agency_code = ? AND day = ?',
    ),
    saveSequence: database.prepare(
      `INSERT INTO dossier_sequences (agency_code, day, last_sequence) VALUES (?, ?, ?)
       ON CONFLICT (agency_code, day) DO UPDATE SET last_sequence = excluded.last_sequence`,
    ),
    insert: database.prepare(
      `INSERT INTO dossiers (code, agency_code, procedure_id, procedure_code, procedure_name,
         service_id, applicant_name, applicant_id_masked, applicant_phone, applicant_address,
         documents, fees, received_at, received_day, return_date, status, status_at, channel,
         ticket_id, counter_id, officer_name, notify_by_sms, history_count, request_id, officer_id)
       VALUES (@code, @agency_code, @procedure_id, @procedure_code, @procedure_name,
         @service_id, @applicant_name, @applicant_id_masked, @applicant_phone, @applicant_address,
         @documents, @fees, @received_at, @received_day, @return_date, 2, @received_at, @channel,
         @ticket_id, @counter_id, @officer_name, @notify_by_sms, 1, @request_id, @officer_id)`,
    ),
    insertHistory: database.prepare(
      'INSERT INTO dossier_history (dossier_code, position, status, at, actor, note) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    byCode: database.prepare<[string], DossierRow>('SELECT * FROM dossiers WHERE code = ?'),
    byRequestId: database.prepare<[string], DossierRow>(
      'SELECT * FROM dossiers WHERE request_id = ?',
    ),
    history: database.prepare<[string], HistoryRow>(
      'SELECT status, at, actor, note FROM dossier_history WHERE dossier_code = ? ORDER BY position',
    ),
    updateStatus: database.prepare(
      `UPDATE dossiers SET status = @status, status_at = @at, history_count = history_count + 1,
         supplement_items = @supplement_items, returned_at = COALESCE(@returned_at, returned_at)
       WHERE code = @code AND status = @from`,
    ),
    insertApplicantId: database.prepare(
      'INSERT INTO dossier_applicant_ids (id_digest, dossier_code) VALUES (?, ?)',
    ),
    // The digests come as one JSON array, so one statement serves a card with or without an old ID.
    byApplicantIdDigests: database.prepare<[string, number], DossierRow>(
      `SELECT dossiers.* FROM dossier_applicant_ids AS ids
       JOIN dossiers ON dossiers.code = ids.dossier_code
       WHERE ids.id_digest IN (SELECT value FROM json_each(?))
       ORDER BY dossiers.received_at DESC, dossiers.code DESC LIMIT ?`,
    ),
    // Read from the `dossiers_open` index: its condition is repeated word for word.
    openCodes: database.prepare<[string, number], { code: string }>(
      `SELECT code FROM dossiers WHERE status NOT IN (3, 8, 10) AND code > ?
       ORDER BY code LIMIT ?`,
    ),
  };

  const receive = database.transaction(
    (dossier: NewDossier, agencyCode: string, day: string): Dossier => {
      const sequence = (statements.lastSequence.get(agencyCode, day)?.last_sequence ?? 0) + 1;
      statements.saveSequence.run(agencyCode, day, sequence);
      const code = formatDossierCode(agencyCode, day, sequence);
      statements.insert.run({
        code,
        agency_code: agencyCode,
        procedure_id: dossier.procedureId,
        procedure_code: dossier.procedureCode,
        procedure_name: dossier.procedureName,
        service_id: dossier.serviceId,
        applicant_name: dossier.applicant.name,
        applicant_id_masked: dossier.applicant.idMasked,
        applicant_phone: dossier.applicant.phone,
        applicant_address: dossier.applicant.address,
        documents: JSON.stringify(dossier.documents),
        fees: JSON.stringify(dossier.fees),
        received_at: dossier.receivedAt,
        received_day: day,
        return_date: dossier.returnDate,
        channel: dossier.channel,
        ticket_id: dossier.ticketId,
        counter_id: dossier.counterId,
        officer_name: dossier.officerName,
        notify_by_sms: dossier.notifyBySms ? 1 : 0,
        request_id: dossier.requestId ?? null,
        officer_id: dossier.officerId ?? null,
      });
      statements.insertHistory.run(code, 1, 2, dossier.receivedAt, dossier.officerName, null);
      if (dossier.applicantIdDigest)
        statements.insertApplicantId.run(dossier.applicantIdDigest, code);
      const row = statements.byCode.get(code);
      if (!row) throw new Error('dossier vanished inside its own transaction');
      const stored = toDossier(row);
      enqueueDossierReceived(database, stored, agencyCode);
      return stored;
    },
  );

  const changeStatus = database.transaction(
    (request: StatusChangeRequest, within?: (dossier: Dossier) => void): StatusChangeResult => {
      const before = statements.byCode.get(request.code);
      if (!before) return { ok: false, reason: 'not-found' };
      const from = before.status as DossierStatus;
      if (!allowedFrom(request.action).includes(from)) {
        return { ok: false, reason: 'invalid-status-transition', current: from };
      }
      const status = targetStatusOf(request.action);
      const returnedAt = status === 10 ? request.at : null;
      statements.updateStatus.run({
        code: request.code,
        from,
        status,
        at: request.at,
        supplement_items: JSON.stringify(status === 5 ? (request.supplementItems ?? []) : []),
        returned_at: returnedAt,
      });
      const position = before.history_count + 1;
      statements.insertHistory.run(
        request.code,
        position,
        status,
        request.at,
        request.actor,
        request.note,
      );
      const row = statements.byCode.get(request.code);
      if (!row) throw new Error('dossier vanished inside its own transaction');
      const dossier = toDossier(row);
      enqueueStatusChange(database, dossier, {
        code: dossier.code,
        status,
        at: request.at,
        position,
        returnedAt,
        supplementItems: status === 5 ? (request.supplementItems ?? []) : null,
        note: request.note,
        actor: request.actor,
      });
      within?.(dossier);
      return { ok: true, dossier };
    },
  );

  const list = (query: ListDossiersQuery): Dossier[] => {
    const conditions: string[] = [];
    const values: Array<string | number> = [];
    if (query.status !== undefined) {
      conditions.push('status = ?');
      values.push(query.status);
    }
    if (query.receivedOn !== undefined) {
      conditions.push('received_day = ?');
      values.push(query.receivedOn);
    }
    const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
    return database
      .prepare<Array<string | number>, DossierRow>(
        `SELECT * FROM dossiers ${where} ORDER BY received_at DESC, code DESC LIMIT ?`,
      )
      .all(...values, query.limit)
      .map(toDossier);
  };

  return {
    receive: (dossier, agencyCode, day) => receive(dossier, agencyCode, day),
    changeStatus: (request, within) => changeStatus(request, within),
    byCode: (code) => {
      const row = statements.byCode.get(code);
      return row ? toDossier(row) : null;
    },
    byRequestId: (requestId) => {
      const row = statements.byRequestId.get(requestId);
      return row ? toDossier(row) : null;
    },
    history: (code) =>
      statements.history.all(code).map((row) => ({
        status: row.status as DossierStatus,
        at: row.at,
        actor: row.actor,
        note: row.note,
      })),
    list,
    byApplicantIdDigests: (digests, limit) =>
      statements.byApplicantIdDigests.all(JSON.stringify(digests), limit).map(toDossier),
    openCodes: (limit, after) =>
      statements.openCodes.all(after ?? '', limit).map((row) => row.code),
  };
};

import {
  printDocumentSchema,
  printJobStateSchema,
  type PrintDocument,
  type PrintJobRecord,
  type PrintJobState,
} from '@openops/protocol';
import type { SqliteDatabase } from '../store/database';

type Row = {
  job_id: string;
  device_id: string;
  document: string;
  state: string;
  attempts: number;
  request_attempt: number | null;
  failure_code: string | null;
  failure_message: string | null;
  created_at: string;
  updated_at: string;
};

const recordOf = (row: Row): PrintJobRecord => ({
  jobId: row.job_id,
  deviceId: row.device_id,
  // Rows were validated on the way in; parsing again keeps a hand-edited row from crashing a job.
  document: printDocumentSchema.parse(JSON.parse(row.document)),
  state: printJobStateSchema.parse(row.state),
  attempts: row.attempts,
  failureCode: row.failure_code,
  failureMessage: row.failure_message,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export type PrintJobRepository = {
  insert: (job: {
    jobId: string;
    deviceId: string;
    document: PrintDocument;
    at: string;
  }) => PrintJobRecord;
  get: (jobId: string) => PrintJobRecord | null;
  /** The oldest queued job of a device, if any. */
  nextQueued: (deviceId: string) => PrintJobRecord | null;
  /**
   * Counts a send (`attempts`) and gives the number of the print request it carries (`attempt`
   * on `job:print`): the one the job was first sent under, if it was put back unanswered,
   * else, for a new request, its `attempts` now. Kept in the row, so it outlives the server.
   */
  markSending: (jobId: string, at: string) => number;
  markPrinted: (jobId: string, at: string) => void;
  markFailed: (jobId: string, code: string, message: string, at: string) => void;
  /**
   * Back to the queue as the same print request (its agent was lost mid-job, so it may have
   * printed it): sent again under the same number, which the agent answers without printing.
   */
  requeue: (jobId: string, at: string) => void;
  /** Back to the queue as a new print request (a reprint): the agent prints it again. */
  reprint: (jobId: string, at: string) => void;
  /**
   * At start-up: jobs caught `sending` by a stop go back to the queue rather than vanish, as
   * the same print request.
   */
  requeueInterrupted: (at: string) => number;
  list: (filter: { deviceId?: string; state?: PrintJobState; limit: number }) => PrintJobRecord[];
  /**
   * Deletes up to `limit` printed or failed jobs created before `beforeIso`; returns how
   * many. Queued and sending jobs are never deleted.
   */
  purgeFinished: (beforeIso: string, limit: number) => number;
};

/** Print jobs in SQLite; each change is committed before anyone is told of it. */
export const createPrintJobRepository = (database: SqliteDatabase): PrintJobRepository => {
  const insert = database.prepare(
    `INSERT INTO print_jobs (job_id, device_id, document, state, attempts, created_at, updated_at)
     VALUES (?, ?, ?, 'queued', 0, ?, ?)`,
  );
  const get = database.prepare<[string], Row>('SELECT * FROM print_jobs WHERE job_id = ?');
  const nextQueued = database.prepare<[string], Row>(
    `SELECT * FROM print_jobs WHERE device_id = ? AND state = 'queued' ORDER BY created_at, rowid LIMIT 1`,
  );
  // The right-hand sides read the row as it was: `attempts + 1` is the count after this send.
  const sending = database.prepare<[string, string], { request_attempt: number }>(
    `UPDATE print_jobs SET state = 'sending', attempts = attempts + 1,
       request_attempt = COALESCE(request_attempt, attempts + 1), updated_at = ?
     WHERE job_id = ? RETURNING request_attempt`,
  );
  const printed = database.prepare(
    `UPDATE print_jobs SET state = 'printed', failure_code = NULL, failure_message = NULL, updated_at = ? WHERE job_id = ?`,
  );
  const failed = database.prepare(
    `UPDATE print_jobs SET state = 'failed', failure_code = ?, failure_message = ?, updated_at = ? WHERE job_id = ?`,
  );
  const requeue = database.prepare(
    `UPDATE print_jobs SET state = 'queued', updated_at = ? WHERE job_id = ?`,
  );
  const reprint = database.prepare(
    `UPDATE print_jobs SET state = 'queued', request_attempt = NULL, updated_at = ? WHERE job_id = ?`,
  );
  // Device by device, each state a range of print_jobs_by_device_state: the cost of what is
  // deleted, not of the table.
  const deviceAfter = database.prepare<[string], { device_id: string }>(
    'SELECT device_id FROM print_jobs WHERE device_id > ? ORDER BY device_id LIMIT 1',
  );
  const purgeRange = database.prepare(
    `DELETE FROM print_jobs WHERE rowid IN (
       SELECT rowid FROM print_jobs WHERE device_id = ? AND state = ? AND created_at < ? LIMIT ?)`,
  );
  const purgeFinished = (beforeIso: string, limit: number): number => {
    let deleted = 0;
    for (
      let device = deviceAfter.get('')?.device_id;
      device !== undefined && deleted < limit;
      device = deviceAfter.get(device)?.device_id
    ) {
      for (const state of ['printed', 'failed'] as const) {
        if (deleted < limit)
          deleted += purgeRange.run(device, state, beforeIso, limit - deleted).changes;
      }
    }
    return deleted;
  };
  const requeueSending = database.prepare(
    `UPDATE print_jobs SET state = 'queued', updated_at = ? WHERE state = 'sending'`,
  );
  return {
    insert: ({ jobId, deviceId, document, at }) => {
      insert.run(jobId, deviceId, JSON.stringify(document), at, at);
      // Exactly the row just written (its document already typed): no read back, no re-parse.
      return {
        jobId,
        deviceId,
        document,
        state: 'queued',
        attempts: 0,
        failureCode: null,
        failureMessage: null,
        createdAt: at,
        updatedAt: at,
      };
    },
    get: (jobId) => {
      const row = get.get(jobId);
      return row ? recordOf(row) : null;
    },
    nextQueued: (deviceId) => {
      const row = nextQueued.get(deviceId);
      return row ? recordOf(row) : null;
    },
    markSending: (jobId, at) => {
      const row = sending.get(at, jobId);
      if (!row) throw new Error(`no print job ${jobId} to send`);
      return row.request_attempt;
    },
    markPrinted: (jobId, at) => {
      printed.run(at, jobId);
    },
    markFailed: (jobId, code, message, at) => {
      failed.run(code, message, at, jobId);
    },
    requeue: (jobId, at) => {
      requeue.run(at, jobId);
    },
    reprint: (jobId, at) => {
      reprint.run(at, jobId);
    },
    requeueInterrupted: (at) => requeueSending.run(at).changes,
    purgeFinished,
    list: ({ deviceId, state, limit }) => {
      const where: string[] = [];
      const params: string[] = [];
      if (deviceId) {
        where.push('device_id = ?');
        params.push(deviceId);
      }
      if (state) {
        where.push('state = ?');
        params.push(state);
      }
      const sql = `SELECT * FROM print_jobs ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY created_at DESC, rowid DESC LIMIT ${Math.max(1, Math.min(500, Math.floor(limit)))}`;
      return database
        .prepare<string[], Row>(sql)
        .all(...params)
        .map(recordOf);
    },
  };
};

import type { Socket } from 'socket.io';
import type {
  AgentClientEvents,
  AgentServerEvents,
  JobStarted,
  PrintDocument,
  PrintJobRecord,
  Reply,
} from '@openops/protocol';
import { fail, ok, printResultSchema, replySchema } from '@openops/protocol';
import { createLogger } from '@openops/protocol/logger';
import type { PrintJobRepository } from '../devices/print-job-repository';
import { timeOrderedId } from '../store/time-ordered-id';

const log = createLogger('print-dispatcher');

/**
 * How long an agent has to answer a print job before it counts as failed. Default 30 s, plus
 * the transfer time the agent announces when the job goes to its printer (`job:started`): a
 * long receipt on a 9600-baud serial printer takes minutes and must not be reported lost.
 */
export const printAckTimeoutMs = 30_000;

/** What an agent's answer to `job:print` must look like; anything else counts as no answer. */
const printReplySchema = replySchema(printResultSchema);

/**
 * A queue ticket or a checklist still waiting for its printer after this long is not printed
 * any more: the kiosk told the citizen to note the number (or the list) and the next citizen
 * may be at the kiosk by then, so a printer that comes back must not pour out old slips for
 * strangers to pick up. Within it, a slip caught by a short outage still reaches its citizen.
 * Dossier receipts always print. Default 1 min.
 */
export const kioskPrintExpiryMs = 60_000;

/** Documents a citizen takes at the kiosk and needs at once, or not at all. */
const expiresUnprinted = (job: PrintJobRecord): boolean =>
  job.document.kind === 'ticket' || job.document.kind === 'checklist';

export type AgentSocket = Socket<AgentClientEvents, AgentServerEvents>;

export type PrintDispatcher = {
  /** Records that an agent drives the hardware of `deviceId`, until its socket closes; sends its queue. */
  bind: (deviceId: string, agent: AgentSocket) => void;
  /** The agent now bound to a device, if any. */
  agentFor: (deviceId: string) => AgentSocket | undefined;
  /**
   * The agent sending a device's job to its printer said how long the transfer takes: the wait
   * for its answer is extended by that much. Ignored unless it is that agent's job in flight.
   */
  started: (deviceId: string, agent: AgentSocket, notice: JobStarted) => void;
  /**
   * Queues a document for the printer of `deviceId` (stored before anything else happens) and
   * resolves with the job once printed, or with a coded failure: `printer-fault` /
   * `printer-offline` when the printer refused it (the job can be reprinted), or
   * `printer-offline` at once when no agent is connected (the job stays queued and prints
   * when one connects).
   */
  print: (deviceId: string, document: PrintDocument) => Promise<Reply<PrintJobRecord>>;
  /**
   * Stores a job without sending it, so a caller can store it inside its own transaction (a
   * ticket and its print job commit together); `dispatch` sends it once that has committed.
   */
  enqueue: (deviceId: string, document: PrintDocument) => PrintJobRecord;
  /** Sends a stored job; same answers as `print`. */
  dispatch: (job: PrintJobRecord) => Promise<Reply<PrintJobRecord>>;
  /** Like `print`, but gives the job id at once (to show or reprint the job whatever happens). */
  submit: (
    deviceId: string,
    document: PrintDocument,
  ) => { jobId: string; done: Promise<Reply<PrintJobRecord>> };
  /** Queues a printed or failed job again; same answers as `print`. */
  reprint: (jobId: string) => Promise<Reply<PrintJobRecord>>;
  jobs: PrintJobRepository;
};

/**
 * Routes print jobs to the agent bound to a device, one job at a time per device, oldest
 * first. Every job is in SQLite before it is sent, so a server restart or an agent that
 * drops mid-job loses nothing: the job goes back to the queue, and its print request number
 * with it, so an agent that printed it already does not print it twice.
 */
export const createPrintDispatcher = (
  jobs: PrintJobRepository,
  clock: () => Date = () => new Date(),
  /** Default `printAckTimeoutMs`. */
  answerTimeoutMs = printAckTimeoutMs,
): PrintDispatcher => {
  const agentsByDevice = new Map<string, AgentSocket>();
  /** Each device's job in flight: its print request number and the timer of the wait for its answer. */
  const busy = new Map<
    string,
    { jobId: string; attempt: number; agent: AgentSocket; timer: NodeJS.Timeout }
  >();
  const waiters = new Map<string, ((reply: Reply<PrintJobRecord>) => void)[]>();
  const now = (): string => clock().toISOString();
  const expiryMinutes = kioskPrintExpiryMs / 60_000;
  const expiredMessage = `Quá ${expiryMinutes} phút chưa in được, đã bỏ / not printed within ${expiryMinutes} minute${expiryMinutes === 1 ? '' : 's'}, dropped`;

  // Caught `sending` by a stop: the agent may have printed them; they go out again as the same
  // request (its number is stored with the job), which such an agent answers without printing.
  const recovered = jobs.requeueInterrupted(now());
  if (recovered > 0)
    log.warn('print jobs interrupted by a stop queued again', { count: recovered });

  const settle = (jobId: string, reply: Reply<PrintJobRecord>): void => {
    const list = waiters.get(jobId) ?? [];
    waiters.delete(jobId);
    list.forEach((resolve) => resolve(reply));
  };

  /** The next job worth printing, marking the kiosk documents that waited too long as expired. */
  const nextFresh = (deviceId: string): PrintJobRecord | null => {
    for (let job = jobs.nextQueued(deviceId); job; job = jobs.nextQueued(deviceId)) {
      // Queued since its last (re)queue: a reprint asked for now is fresh again.
      const waited = clock().getTime() - Date.parse(job.updatedAt);
      if (!expiresUnprinted(job) || waited <= kioskPrintExpiryMs) return job;
      jobs.markFailed(job.jobId, 'expired', expiredMessage, now());
      log.info('old kiosk print job dropped', { deviceId, jobId: job.jobId, waitedMs: waited });
      settle(job.jobId, fail('printer-offline', expiredMessage));
    }
    return null;
  };

  const pump = (deviceId: string): void => {
    const agent = agentsByDevice.get(deviceId);
    if (!agent || busy.has(deviceId)) return;
    const job = nextFresh(deviceId);
    if (!job) return;
    // A job put back unanswered (lost link, server restart) keeps the number it was first sent under.
    const attempt = jobs.markSending(job.jobId, now());
    const timer = setTimeout(() => finish(deviceId, job.jobId, agent, null), answerTimeoutMs);
    busy.set(deviceId, { jobId: job.jobId, attempt, agent, timer });
    agent.emit('job:print', { jobId: job.jobId, attempt, document: job.document }, (reply) => {
      const parsed = printReplySchema.safeParse(reply);
      if (!parsed.success)
        log.warn('malformed answer to a print job', { deviceId, jobId: job.jobId });
      finish(deviceId, job.jobId, agent, parsed.success ? parsed.data : null);
    });
  };

  const finish = (
    deviceId: string,
    jobId: string,
    agent: AgentSocket,
    reply: Reply<{ bytes: number }> | null,
  ): void => {
    // The agent dropped and its job was already queued again: this late answer means nothing.
    const current = busy.get(deviceId);
    if (current?.jobId !== jobId || current.agent !== agent) return;
    clearTimeout(current.timer);
    busy.delete(deviceId);
    if (reply === null) {
      jobs.markFailed(
        jobId,
        'printer-offline',
        'Máy in không phản hồi / the agent did not answer',
        now(),
      );
      log.warn('print job timed out', { deviceId, jobId });
    } else if (reply.ok) {
      jobs.markPrinted(jobId, now());
      log.info('print job printed', { deviceId, jobId, bytes: reply.data.bytes });
    } else {
      jobs.markFailed(jobId, reply.error.code, reply.error.message, now());
      log.warn('print job failed', { deviceId, jobId, code: reply.error.code });
    }
    const record = jobs.get(jobId);
    if (record) {
      settle(
        jobId,
        record.state === 'printed'
          ? ok(record)
          : fail(
              record.failureCode === 'printer-fault' ? 'printer-fault' : 'printer-offline',
              record.failureMessage ?? 'Không in được',
            ),
      );
    }
    pump(deviceId);
  };

  // Devices already reported as having no agent: one warning per outage, not one per job.
  const reportedOffline = new Set<string>();

  const waitFor = (record: PrintJobRecord): Promise<Reply<PrintJobRecord>> => {
    if (!agentsByDevice.has(record.deviceId)) {
      if (!reportedOffline.has(record.deviceId)) {
        reportedOffline.add(record.deviceId);
        log.warn('no printer agent for device; its jobs queue until one connects', {
          deviceId: record.deviceId,
          jobId: record.jobId,
        });
      }
      return Promise.resolve(
        fail(
          'printer-offline',
          'Máy in chưa kết nối; phiếu sẽ được in khi máy in kết nối lại / no printer connected; the job prints when it reconnects',
        ),
      );
    }
    const done = new Promise<Reply<PrintJobRecord>>((resolve) => {
      waiters.set(record.jobId, [...(waiters.get(record.jobId) ?? []), resolve]);
    });
    pump(record.deviceId);
    return done;
  };

  const store = (deviceId: string, document: PrintDocument): PrintJobRecord =>
    jobs.insert({ jobId: timeOrderedId(), deviceId, document, at: now() });

  return {
    bind: (deviceId, agent) => {
      agentsByDevice.set(deviceId, agent);
      reportedOffline.delete(deviceId);
      agent.once('disconnect', () => {
        if (agentsByDevice.get(deviceId) === agent) agentsByDevice.delete(deviceId);
        const current = busy.get(deviceId);
        if (current?.agent === agent) {
          clearTimeout(current.timer);
          busy.delete(deviceId);
          // The same request: the agent may have printed it, and then answers without printing.
          jobs.requeue(current.jobId, now());
          log.warn('agent lost mid-job; job queued again', {
            deviceId,
            jobId: current.jobId,
            attempt: current.attempt,
          });
        }
        pump(deviceId);
      });
      pump(deviceId);
    },
    agentFor: (deviceId) => agentsByDevice.get(deviceId),
    started: (deviceId, agent, notice) => {
      const current = busy.get(deviceId);
      if (current?.agent !== agent || current.jobId !== notice.jobId) return;
      clearTimeout(current.timer);
      current.timer = setTimeout(
        () => finish(deviceId, notice.jobId, agent, null),
        answerTimeoutMs + notice.expectedMs,
      );
      log.info('print job going to the printer', {
        deviceId,
        jobId: notice.jobId,
        bytes: notice.bytes,
        expectedMs: notice.expectedMs,
      });
    },
    print: (deviceId, document) => waitFor(store(deviceId, document)),
    enqueue: store,
    dispatch: waitFor,
    submit: (deviceId, document) => {
      const record = store(deviceId, document);
      return { jobId: record.jobId, done: waitFor(record) };
    },
    reprint: async (jobId) => {
      const record = jobs.get(jobId);
      if (!record) return fail('not-found', 'Không có lệnh in này / no such print job');
      if (record.state === 'queued' || record.state === 'sending') {
        return fail('conflict', 'Lệnh in đang chờ in / the job is already waiting to print');
      }
      // A reprint is a new print request: the agent prints it even if it printed the last one.
      jobs.reprint(jobId, now());
      const queued = jobs.get(jobId);
      return queued
        ? waitFor(queued)
        : fail('not-found', 'Không có lệnh in này / no such print job');
    },
    jobs,
  };
};

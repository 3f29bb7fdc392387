import {
  fail,
  ok,
  type JobStarted,
  type PrintJob,
  type PrintResult,
  type Reply,
} from '@openops/protocol';
import { createLogger } from '@openops/protocol/logger';
import { renderDocument } from '../escpos/render-document';
import { PrintError, type PrinterCondition, type PrinterDriver } from '../printer/printer-driver';
import { createJobLedger } from './job-ledger';
import { expectedTransferMs } from './transfer-time';

const log = createLogger('agent-print');

/** How far a print request has got: the notice sent when it went to the printer, and whether it ended. */
type Progress = { started: JobStarted | null; settled: boolean };
type Taken = { done: Promise<Reply<PrintResult>>; progress: Progress };

/**
 * Prints a job and resolves with the answer for the server (never rejects). `notify` is told
 * when the rendered job goes to the printer, with the time its transfer should take.
 */
export type PrintJobRunner = (
  job: PrintJob,
  notify: (started: JobStarted) => void,
) => Promise<Reply<PrintResult>>;

/**
 * Renders and prints jobs, each print request once: a request the server sends again (the
 * link dropped while it printed, so the server could not hear the answer) is answered with
 * the first one's result, awaited if it is still printing, and never printed twice.
 */
export const createPrintJobRunner = ({
  printer,
  exclusive,
  onFault,
}: {
  printer: PrinterDriver;
  /** Runs printer work in turn with the status polls: one exchange with the printer at a time. */
  exclusive: <T>(work: () => Promise<T>) => Promise<T>;
  /** Told the condition a failed job revealed, so health shows it before the next poll. */
  onFault: (condition: PrinterCondition) => void;
}): PrintJobRunner => {
  const ledger = createJobLedger<Taken>();

  const print = (
    { jobId, document }: PrintJob,
    progress: Progress,
    notify: (started: JobStarted) => void,
  ): Promise<Reply<PrintResult>> =>
    exclusive(async () => {
      let bytes: Uint8Array;
      try {
        bytes = renderDocument(document, printer.paper);
      } catch (error) {
        // A missing font or an unknown time zone: answered at once, not left to the server's timeout.
        const message = (error as Error).message;
        log.error('print job could not be rendered', {
          jobId,
          kind: document.kind,
          error: message,
        });
        return fail('internal', `Không tạo được bản in / cannot render the document: ${message}`);
      }
      progress.started = {
        jobId,
        bytes: bytes.length,
        expectedMs: expectedTransferMs(printer.uri, bytes.length),
      };
      notify(progress.started);
      try {
        await printer.print(bytes, { kind: document.kind });
        log.info('printed', { jobId, kind: document.kind, bytes: bytes.length });
        return ok({ bytes: bytes.length });
      } catch (error) {
        const code = error instanceof PrintError ? error.code : 'printer-offline';
        const faults = error instanceof PrintError ? error.faults : [];
        log.warn('print failed', { jobId, code, error: (error as Error).message });
        if (faults.length > 0) {
          onFault({
            state: code === 'printer-fault' ? 'fault' : 'disconnected',
            faults: [...faults],
          });
        }
        return fail(code, `Không in được / cannot print: ${(error as Error).message}`);
      }
    });

  return (job, notify) => {
    // A server from before `attempt` existed: its jobs cannot be told apart from reprints.
    if (job.attempt === undefined) return print(job, { started: null, settled: false }, notify);
    const { value, repeated } = ledger.entry(`${job.jobId}#${job.attempt}`, () => {
      const progress: Progress = { started: null, settled: false };
      const done = print(job, progress, notify).then((reply) => {
        progress.settled = true;
        return reply;
      });
      return { done, progress };
    });
    if (repeated) {
      const { started, settled } = value.progress;
      log.info('print job sent again; answering its result without printing again', {
        jobId: job.jobId,
        attempt: job.attempt,
        stillPrinting: !settled,
      });
      // The server starts a fresh wait for the answer: tell it again how long the transfer takes.
      if (!settled && started) notify(started);
    }
    return value.done;
  };
};

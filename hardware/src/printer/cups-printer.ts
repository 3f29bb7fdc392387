import { createLogger, type Logger } from '@openops/protocol/logger';
import type { PaperWidth } from '../escpos/paper';
import { createOpenFailureLog } from '../transport/open-failure';
import { runCupsCommand, type CommandRunner } from './cups-commands';
import { loadCupsBinding, type CupsBinding } from './cups-native';
import {
  cupsCondition,
  holdsNewJobs,
  parseLpstatJobs,
  parseLpstatPrinter,
  type CupsPrinterState,
} from './cups-queue-state';
import {
  PrintError,
  type PrinterCondition,
  type PrinterDriver,
  type PrintJobLabel,
} from './printer-driver';

const moduleLog = createLogger('cups-printer');

/**
 * How long a job may wait in the queue before the printer counts as offline: CUPS keeps
 * retrying an unplugged or switched-off printer, and `lp` succeeded long ago. Default 30 s.
 */
export const cupsJobStuckMs = 30_000;

/**
 * A queue ticket or checklist still in the queue after this long is cancelled there, as the
 * server drops one that waited this long for its printer, so a printer refilled with paper does
 * not pour out old tickets. Dossier receipts stay. Default 1 min.
 */
export const cupsTicketExpiryMs = 60_000;

export type CupsPrinterOptions = {
  /** Runs `lp`, `lpstat` and `cancel`. Default: the commands themselves, in the C locale. */
  run?: CommandRunner;
  /** Default `Date.now`. */
  now?: () => number;
  /** Default: the `cups-printer` logger. */
  log?: Logger;
  /** Default `cupsJobStuckMs` (30 s). */
  stuckAfterMs?: number;
  /** Default `cupsTicketExpiryMs` (5 min). */
  ticketExpiryMs?: number;
};

type QueueReading =
  | { readable: true; printer: CupsPrinterState; jobs: string[]; condition: PrinterCondition }
  | { readable: false; reason: string };

/** Documents a citizen needs at once or not at all; the server drops them unprinted too. */
const expiresHeld = (kind: PrintJobLabel['kind'] | null): boolean =>
  kind === 'ticket' || kind === 'checklist';

/**
 * A raw CUPS queue: the spooler passes the bytes through unchanged (`CUPS_SERVER` picks the
 * server). Jobs go through libcups (`@thiagoelg/node-printer`) when its native build is
 * installed, else through `lp -d <queue> -o raw`. A spooler takes every job, printer or not,
 * so the queue is read with `lpstat` for its condition and before each job: a job the queue
 * would only hold fails instead of counting as printed, and old tickets held there are
 * cancelled.
 */
export const createCupsPrinter = (
  uri: string,
  queueName: string,
  paper: PaperWidth,
  binding: CupsBinding | null = loadCupsBinding(),
  options: CupsPrinterOptions = {},
): PrinterDriver => {
  const run = options.run ?? runCupsCommand;
  const now = options.now ?? Date.now;
  const log = options.log ?? moduleLog;
  const stuckAfterMs = options.stuckAfterMs ?? cupsJobStuckMs;
  const ticketExpiryMs = options.ticketExpiryMs ?? cupsTicketExpiryMs;
  const problems = createOpenFailureLog(log, { uri, queue: queueName });
  log.info('cups printer ready', { uri, transport: binding ? 'node-printer' : 'lp' });

  // When each job in the queue was sent or first seen, and the kind of those this agent sent.
  const firstSeen = new Map<string, number>();
  const sentKinds = new Map<string, PrintJobLabel['kind'] | null>();

  const cancelExpired = async (jobs: string[]): Promise<string[]> => {
    const kept: string[] = [];
    for (const id of jobs) {
      const waited = now() - (firstSeen.get(id) ?? now());
      if (!expiresHeld(sentKinds.get(id) ?? null) || waited <= ticketExpiryMs) {
        kept.push(id);
        continue;
      }
      const result = await run('cancel', [id]);
      if (result.code === 0) {
        log.info('old ticket cancelled in the CUPS queue', { queue: queueName, job: id, waited });
      } else {
        log.warn('old ticket could not be cancelled', { job: id, error: result.stderr.trim() });
        kept.push(id);
      }
    }
    return kept;
  };

  /** Reads the queue; null when `lpstat` is not installed (nothing can be known). */
  const readQueue = async (): Promise<QueueReading | null> => {
    let printerOut;
    let jobsOut;
    try {
      printerOut = await run('lpstat', ['-l', '-p', queueName]);
      jobsOut = await run('lpstat', ['-o', queueName]);
    } catch (error) {
      problems.failed({
        reason: 'no-lpstat',
        message: `Không đọc được hàng đợi CUPS ${queueName}: thiếu lpstat – cài gói cups-client (cannot run lpstat: ${(error as Error).message})`,
      });
      return null;
    }
    const printer = printerOut.code === 0 ? parseLpstatPrinter(printerOut.stdout) : null;
    if (!printer || jobsOut.code !== 0) {
      const reason =
        [printerOut, jobsOut].map((result) => result.stderr.trim()).find(Boolean) ??
        `lpstat exited ${String(printerOut.code)}`;
      problems.failed({
        reason: `lpstat: ${reason}`,
        message: `Không đọc được hàng đợi CUPS ${queueName} (cannot read the queue: ${reason})`,
      });
      return { readable: false, reason };
    }
    problems.opened();
    const listed = parseLpstatJobs(jobsOut.stdout, queueName);
    // Jobs gone from the list are done (or cancelled by hand): forget them.
    for (const id of [...firstSeen.keys()]) {
      if (!listed.includes(id)) {
        firstSeen.delete(id);
        sentKinds.delete(id);
      }
    }
    listed.forEach((id) => {
      if (!firstSeen.has(id)) firstSeen.set(id, now());
    });
    const jobs = await cancelExpired(listed);
    const oldest = Math.min(...jobs.map((id) => firstSeen.get(id) ?? now()));
    const condition = cupsCondition(printer, jobs.length > 0 ? now() - oldest : null, stuckAfterMs);
    return { readable: true, printer, jobs, condition };
  };

  const submit = async (bytes: Uint8Array, kind: PrintJobLabel['kind'] | null): Promise<void> => {
    const id = binding
      ? await binding.printRaw(queueName, bytes).then(
          (jobId) => `${queueName}-${jobId}`,
          (error: Error) => {
            throw new PrintError('printer-offline', `CUPS refused the job: ${error.message}`, [
              'offline',
            ]);
          },
        )
      : await printWithLp(run, queueName, bytes, kind);
    if (id === null) return;
    firstSeen.set(id, now());
    sentKinds.set(id, kind);
  };

  return {
    uri,
    paper,
    twoWay: false,
    status: async () => {
      const reading = await readQueue();
      if (reading === null) return { state: 'unknown', faults: [] };
      return reading.readable ? reading.condition : { state: 'disconnected', faults: ['offline'] };
    },
    print: async (bytes, label) => {
      const reading = await readQueue();
      if (reading && !reading.readable) {
        throw new PrintError(
          'printer-offline',
          `CUPS queue ${queueName} cannot be read: ${reading.reason}`,
          ['offline'],
        );
      }
      if (reading && holdsNewJobs(reading.printer, reading.jobs.length, reading.condition)) {
        const { state, faults } = reading.condition;
        const why = [
          reading.printer.enabled ? null : 'queue stopped',
          ...faults,
          reading.printer.message,
        ].filter(Boolean);
        throw new PrintError(
          state === 'fault' ? 'printer-fault' : 'printer-offline',
          `CUPS queue ${queueName} would hold the job (${why.join(', ')})`,
          faults,
        );
      }
      await submit(bytes, label?.kind ?? null);
    },
    garbageCount: () => 0,
    close: async () => {},
  };
};

/** Hands the job to `lp`; resolves with the CUPS job id it reports (null if it says none). */
const printWithLp = async (
  run: CommandRunner,
  queueName: string,
  bytes: Uint8Array,
  kind: PrintJobLabel['kind'] | null,
): Promise<string | null> => {
  let result;
  try {
    // The title names the kind, for whoever reads `lpstat` at the machine.
    result = await run(
      'lp',
      ['-d', queueName, '-o', 'raw', '-t', `openops-${kind ?? 'job'}`, '-'],
      bytes,
    );
  } catch (error) {
    throw new PrintError('printer-offline', `cannot run lp: ${(error as Error).message}`, [
      'offline',
    ]);
  }
  if (result.code !== 0) {
    const reason = result.stderr
      .trim()
      .split('\n')
      .filter((line) => !/deprecated/i.test(line))
      .join(' ');
    throw new PrintError('printer-offline', `lp exited ${String(result.code)}: ${reason}`, [
      'offline',
    ]);
  }
  return /request id is (\S+)/.exec(result.stdout)?.[1] ?? null;
};

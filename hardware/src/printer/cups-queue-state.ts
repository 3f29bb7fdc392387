import { isBlockingFault, type DeviceFault } from '@openops/protocol';
import type { PrinterCondition } from './printer-driver';

/** What `lpstat -l -p <queue>` says of a CUPS queue (run in the C locale). */
export type CupsPrinterState = {
  /** False when the queue is stopped (`disabled since`): CUPS holds every job until enabled. */
  enabled: boolean;
  /** The printer's state message ("Out of paper", "Waiting for printer to become available."). */
  message: string | null;
  /** IPP printer-state-reasons: `media-empty-error`, `offline-report`, `paused`... */
  alerts: string[];
};

/**
 * Reads `lpstat -l -p <queue>`: the header line says enabled or disabled, the first indented
 * line (when it is not a `Key: value` field) is the state message, `Alerts:` the reasons.
 * Null when the output is not a printer's status at all.
 */
export const parseLpstatPrinter = (output: string): CupsPrinterState | null => {
  const lines = output.split('\n');
  const headerIndex = lines.findIndex((line) => /^printer \S+ /.test(line));
  const header = lines[headerIndex];
  if (header === undefined) return null;
  const details = lines.slice(headerIndex + 1);
  const firstDetail = details[0];
  // The message, when there is one, comes before the long listing's first field.
  const message =
    firstDetail !== undefined &&
    /^\t\S/.test(firstDetail) &&
    !/^\t(Form mounted|Content types|Printer types|Description|Alerts):/.test(firstDetail)
      ? firstDetail.trim()
      : null;
  const alertsLine = details.find((line) => /^\tAlerts:/.test(line));
  const alerts = (alertsLine?.replace(/^\tAlerts:/, '') ?? '')
    .trim()
    .split(/\s+/)
    .filter((alert) => alert !== '' && alert !== 'none');
  return { enabled: !/ disabled since /.test(header), message, alerts };
};

/** The job ids `lpstat -o <queue>` lists (jobs not completed: pending, held or printing). */
export const parseLpstatJobs = (output: string, queue: string): string[] =>
  output
    .split('\n')
    .map((line) => /^(\S+)\s+\S+\s+\d+\s/.exec(line)?.[1])
    .filter((id): id is string => id !== undefined && id.startsWith(`${queue}-`));

/** The fault an IPP printer-state-reason means, if any. Suffixes (-error, -report) dropped. */
const faultOfAlert = (alert: string): DeviceFault | null => {
  const reason = alert.replace(/-(error|warning|report)$/, '');
  if (reason === 'media-empty' || reason === 'media-needed') return 'paper-out';
  if (reason === 'media-low') return 'paper-near-end';
  if (reason === 'cover-open' || reason === 'door-open' || reason === 'interlock-open')
    return 'cover-open';
  if (reason === 'offline') return 'offline';
  // Any other error (a jam, a failed backend) stops the printer as surely.
  return alert.endsWith('-error') ? 'offline' : null;
};

/**
 * The condition of a CUPS queue. A spooler cannot say that a printer is fine, so a queue with
 * nothing wrong stays `unknown`; but a stopped queue, a printer CUPS reports out of paper, with
 * its cover open or offline, or jobs held longer than `stuckAfterMs` (a printer unplugged or
 * switched off: CUPS keeps retrying and `lp` still succeeds) are faults, so jobs stop counting
 * as printed.
 */
export const cupsCondition = (
  printer: CupsPrinterState,
  oldestJobAgeMs: number | null,
  stuckAfterMs: number,
): PrinterCondition => {
  const faults = [
    ...new Set(printer.alerts.map(faultOfAlert).filter((fault) => fault !== null)),
  ].sort((a, b) => Number(isBlockingFault(b)) - Number(isBlockingFault(a)));
  const blocking = faults.filter(isBlockingFault);
  if (!printer.enabled) {
    return { state: 'fault', faults: blocking.length > 0 ? faults : ['offline', ...faults] };
  }
  if (blocking.some((fault) => fault !== 'offline')) return { state: 'fault', faults };
  const stuck = oldestJobAgeMs !== null && oldestJobAgeMs > stuckAfterMs;
  if (blocking.includes('offline') || stuck) {
    return {
      state: 'disconnected',
      faults: faults.includes('offline') ? faults : ['offline', ...faults],
    };
  }
  return { state: 'unknown', faults };
};

/**
 * Whether a job sent now would wait in the queue instead of printing: the queue is stopped, or
 * the jobs already there wait behind a fault. A fault CUPS saw on an idle, empty queue may be
 * stale (the paper was refilled since; only a running job refreshes it), so a job is sent then,
 * and its backend reports afresh.
 */
export const holdsNewJobs = (
  printer: CupsPrinterState,
  pendingJobs: number,
  condition: PrinterCondition,
): boolean => condition.state !== 'unknown' && (!printer.enabled || pendingJobs > 0);

import type { JobStarted, PrintJob } from '@openops/protocol';
import { describe, expect, it } from 'vitest';
import { sampleTicket } from '../escpos/sample-documents';
import { PrintError, type PrinterDriver } from '../printer/printer-driver';
import { createPrintJobRunner } from './print-job-runner';

/** A printer that records each job and finishes it when the test says so. */
const heldPrinter = (uri = 'tcp://127.0.0.1:9100') => {
  const printed: Uint8Array[] = [];
  const kinds: (string | undefined)[] = [];
  const finishers: ((error?: Error) => void)[] = [];
  const printer: PrinterDriver = {
    uri,
    paper: 80,
    twoWay: true,
    status: async () => ({ state: 'ready', faults: [] }),
    print: (bytes, label) =>
      new Promise<void>((resolve, reject) => {
        printed.push(bytes);
        kinds.push(label?.kind);
        finishers.push((error) => (error ? reject(error) : resolve()));
      }),
    garbageCount: () => 0,
    close: async () => {},
  };
  return { printer, printed, kinds, finishNext: (error?: Error) => finishers.shift()?.(error) };
};

const runnerFor = (printer: PrinterDriver) =>
  createPrintJobRunner({ printer, exclusive: (work) => work(), onFault: () => {} });

const waitUntil = async (check: () => boolean): Promise<void> => {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 5));
};

const job: PrintJob = { jobId: 'job-1', attempt: 1, document: sampleTicket };

describe('print job runner', () => {
  it('answers a print request sent again with its result, waiting for it, without printing twice', async () => {
    const { printer, printed, kinds, finishNext } = heldPrinter();
    const run = runnerFor(printer);
    const notices: JobStarted[] = [];
    const first = run(job, (notice) => notices.push(notice));
    await waitUntil(() => printed.length === 1);
    // The link dropped while it printed: the server sends the same request again.
    const again = run(job, (notice) => notices.push(notice));
    finishNext();
    expect(await first).toEqual({ ok: true, data: { bytes: printed[0]?.length } });
    expect(await again).toEqual(await first);
    expect(await run(job, () => {})).toEqual(await first);
    expect(printed).toHaveLength(1);
    // The driver is told what it prints (a spooler cancels stale tickets, never receipts).
    expect(kinds).toEqual([sampleTicket.kind]);
    // The second wait was told again how long the transfer takes.
    expect(notices).toHaveLength(2);
  });

  it('prints a reprint (a new request for the same job), and answers a failure it recorded', async () => {
    const { printer, printed, finishNext } = heldPrinter();
    const run = runnerFor(printer);
    const failed = run(job, () => {});
    await waitUntil(() => printed.length === 1);
    finishNext(new PrintError('printer-fault', 'paper-out', ['paper-out']));
    expect(await failed).toMatchObject({ ok: false, error: { code: 'printer-fault' } });
    expect(await run(job, () => {})).toMatchObject({ ok: false, error: { code: 'printer-fault' } });

    const reprint = run({ ...job, attempt: 2 }, () => {});
    await waitUntil(() => printed.length === 2);
    finishNext();
    expect(await reprint).toMatchObject({ ok: true });
  });

  it('answers a document that cannot be rendered at once, with a coded failure', async () => {
    const { printer, printed } = heldPrinter();
    const reply = await runnerFor(printer)(
      { ...job, document: { ...sampleTicket, timeZone: 'Mars/Olympus' } },
      () => {},
    );
    expect(reply).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(!reply.ok && reply.error.message).toContain('Mars/Olympus');
    expect(printed).toHaveLength(0);
  });

  it('says how long a job takes on a slow serial line before sending it', async () => {
    const { printer, printed, finishNext } = heldPrinter('serial:/dev/ttyUSB0?baud=9600');
    const notices: JobStarted[] = [];
    const done = runnerFor(printer)(job, (notice) => notices.push(notice));
    await waitUntil(() => printed.length === 1);
    finishNext();
    await done;
    const bytes = printed[0]?.length ?? 0;
    expect(notices).toEqual([{ jobId: 'job-1', bytes, expectedMs: expect.any(Number) }]);
    expect(notices[0]?.expectedMs).toBeGreaterThanOrEqual(((bytes * 10) / 9600) * 1000);
  });
});

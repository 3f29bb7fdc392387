import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type SqliteDatabase } from '../store/database';
import { ticket } from './agent-test-centre';
import { createPrintJobRepository, type PrintJobRepository } from './print-job-repository';

let folder: string;
let file: string;
let database: SqliteDatabase;
beforeEach(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'openops-print-jobs-'));
  file = path.join(folder, 'queue.sqlite');
  database = openDatabase(file);
});
afterEach(() => {
  database.close();
  rmSync(folder, { recursive: true, force: true });
});

const at = '2026-11-26T01:00:00.000Z';

/** The store as a restarted server finds it: the same file, opened again. */
const reopened = (): PrintJobRepository => {
  database.close();
  database = openDatabase(file);
  return createPrintJobRepository(database);
};

describe('print job repository: the print request a job is sent under', () => {
  it('numbers a new job’s first request 1', () => {
    const jobs = createPrintJobRepository(database);
    jobs.insert({ jobId: 'j1', deviceId: 'kiosk-1', document: ticket, at });
    expect(jobs.markSending('j1', at)).toBe(1);
    expect(jobs.get('j1')).toMatchObject({ state: 'sending', attempts: 1 });
  });

  it('keeps the number of a job put back after a lost link, also across a restart', () => {
    const jobs = createPrintJobRepository(database);
    jobs.insert({ jobId: 'j1', deviceId: 'kiosk-1', document: ticket, at });
    jobs.markSending('j1', at);
    jobs.requeue('j1', at);
    expect(jobs.markSending('j1', at)).toBe(1);
    jobs.requeue('j1', at);

    const restarted = reopened();
    expect(restarted.markSending('j1', at)).toBe(1);
    // Every send counts: the job went out three times, as one request.
    expect(restarted.get('j1')).toMatchObject({ state: 'sending', attempts: 3 });
  });

  it('keeps the number of a job a stop caught `sending`', () => {
    const jobs = createPrintJobRepository(database);
    jobs.insert({ jobId: 'j1', deviceId: 'kiosk-1', document: ticket, at });
    jobs.markSending('j1', at);
    jobs.requeue('j1', at);
    jobs.markSending('j1', at);

    const restarted = reopened();
    expect(restarted.requeueInterrupted(at)).toBe(1);
    expect(restarted.markSending('j1', at)).toBe(1);
  });

  it('gives a reprint a new number, after every send so far, also across a restart', () => {
    const jobs = createPrintJobRepository(database);
    jobs.insert({ jobId: 'j1', deviceId: 'kiosk-1', document: ticket, at });
    jobs.markSending('j1', at);
    jobs.requeue('j1', at);
    jobs.markSending('j1', at);
    jobs.markPrinted('j1', at);
    jobs.reprint('j1', at);
    expect(jobs.get('j1')).toMatchObject({ state: 'queued', attempts: 2 });

    const restarted = reopened();
    expect(restarted.markSending('j1', at)).toBe(3);
    restarted.markFailed('j1', 'printer-fault', 'paper-out', at);
    restarted.reprint('j1', at);
    expect(restarted.markSending('j1', at)).toBe(4);
  });
});

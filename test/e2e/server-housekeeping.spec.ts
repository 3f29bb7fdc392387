import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import type { PrintJobRecord } from '@openops/protocol';
import { startQueueServer, type QueueServerProcess } from '../support/queue-server-process';
import { api } from '../support/server-auth';

/**
 * Housekeeping on a store with history: a server started on a data folder holding print jobs
 * from weeks ago deletes the finished ones past their 30 days, and keeps the rest.
 */
let server: QueueServerProcess | undefined;

test.afterAll(async () => {
  await server?.stop();
});

const daysAgo = (days: number): string => new Date(Date.now() - days * 86_400_000).toISOString();

test('finished print jobs older than 30 days are deleted after start; queued and recent ones stay', async () => {
  const first = await startQueueServer({ logName: 'server-housekeeping' });
  await first.stop();
  const store = new Database(path.join(first.dataDir, 'queue.sqlite'));
  const insert = store.prepare(
    `INSERT INTO print_jobs (job_id, device_id, document, state, attempts, created_at, updated_at)
     VALUES (?, 'kiosk-1', ?, ?, 1, ?, ?)`,
  );
  const document = JSON.stringify({
    kind: 'ticket',
    centreName: 'Trung tâm Phục vụ hành chính công',
    ticketNumber: 'A001',
    serviceName: 'Hộ tịch',
    peopleAhead: 0,
    estimatedWaitMinutes: null,
    issuedAt: daysAgo(40),
    timeZone: 'Asia/Ho_Chi_Minh',
  });
  [
    ['old-printed', 'printed', 40],
    ['old-failed', 'failed', 31],
    ['old-queued', 'queued', 40],
    ['recent-printed', 'printed', 29],
  ].forEach(([id, state, days]) =>
    insert.run(id, document, state, daysAgo(Number(days)), daysAgo(Number(days))),
  );
  store.close();

  server = await startQueueServer({ dataDir: first.dataDir, logName: 'server-housekeeping' });
  const remaining = async (): Promise<string[]> => {
    const listed = await api<PrintJobRecord[]>(server?.url ?? '', 'GET', '/print-jobs?limit=50');
    return listed.body.ok ? listed.body.data.map((job) => job.jobId).sort() : [];
  };
  await expect.poll(remaining, { timeout: 10_000 }).toEqual(['old-queued', 'recent-printed']);
});

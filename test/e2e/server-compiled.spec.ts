import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import type { IssuedTicket, PrintJobRecord } from '@openops/protocol';
import { sampleTicket } from '../../hardware/src/escpos/sample-documents';
import { startQueueServer, type QueueServerProcess } from '../support/queue-server-process';
import { repoRoot } from '../support/repo-paths';
import { demoAccounts, signIn } from '../support/server-auth';

/**
 * The server as a centre runs it (`npm run build:apps`, then the systemd unit's
 * `node dist/server/cli.mjs`): compiled into one module plus chunks loaded on demand. It
 * starts, hosts the apps, issues a ticket, draws a print preview from its lazily loaded
 * rasteriser chunk, and writes a workbook with the workbook library it leaves in node_modules.
 */
let server: QueueServerProcess;

type Envelope<T> = { ok: true; data: T } | { ok: false; error: { code: string } };

test.beforeAll(async () => {
  execFileSync(process.execPath, ['build/scripts/build-server.mjs'], {
    cwd: repoRoot,
    stdio: 'ignore',
  });
  server = await startQueueServer({
    entry: 'queue-server/dist/server/cli.mjs',
    logName: 'server-compiled',
  });
});

test.afterAll(async () => {
  await server?.stop();
});

test('the compiled server hosts the apps, issues tickets, draws print previews and writes workbooks', async ({
  request,
}) => {
  const health = await request.get(`${server.url}/api/v1/health`);
  expect(((await health.json()) as Envelope<{ status: string }>).ok).toBe(true);

  const kiosk = await request.get(`${server.url}/kiosk/`);
  expect(kiosk.status()).toBe(200);
  expect(await kiosk.text()).toContain('<div id="root">');

  const issued = await request.post(`${server.url}/api/v1/tickets`, {
    data: { serviceId: 'ho-tich' },
  });
  const ticket = (await issued.json()) as Envelope<IssuedTicket>;
  expect(ticket.ok && ticket.data.ticket.number).toMatch(/^A\d{3}$/);

  const job = await request.post(`${server.url}/api/v1/print-jobs`, {
    data: { deviceId: 'kiosk-1', document: sampleTicket },
  });
  const record = (await job.json()) as Envelope<PrintJobRecord>;
  const jobId = record.ok ? record.data.jobId : JSON.stringify(record);
  const preview = await request.get(`${server.url}/api/v1/print-jobs/${jobId}/preview.png`);
  expect(preview.headers()['content-type']).toContain('image/png');
  expect((await preview.body()).subarray(0, 8)).toEqual(
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  );

  const supervisor = await signIn(server.url, demoAccounts.supervisor);
  const day = new Date().toISOString().slice(0, 10);
  const workbook = await request.get(
    `${server.url}/api/v1/reports/export?from=${day}&to=${day}&format=xlsx`,
    { headers: { authorization: `Bearer ${supervisor.token}` } },
  );
  expect(workbook.status()).toBe(200);
  // An XLSX file is a zip archive.
  expect((await workbook.body()).subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
});

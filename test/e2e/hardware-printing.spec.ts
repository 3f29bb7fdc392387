import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { decodeEscPos, printedTextLines, renderDocument, renderPreview } from '@openops/hardware';
import { diffPngs } from '../../hardware/src/escpos/image-diff';
import { sampleReceipt, sampleTicket } from '../../hardware/src/escpos/sample-documents';
import type { PrintDocument, PrintJobRecord } from '@openops/protocol';
import { startAgentProcess } from '../support/agent-process';
import { cupsUnavailable, startCupsd, type Cupsd } from '../support/hardware-cupsd';
import { connectAsDevice, type RecordingSocket } from '../support/hardware-sockets';
import { startLoopbackPrinter, type LoopbackPrinter } from '../support/loopback-printer';
import { startQueueServer, type QueueServerProcess } from '../support/queue-server-process';
import { repoRoot } from '../support/repo-paths';
import { spawnEntry, type SpawnedProcess } from '../support/spawned-process';
import { temporaryFolder } from '../support/temporary-folder';

test.describe.configure({ mode: 'serial' });

const fixtures = path.join(repoRoot, 'hardware', 'test-fixtures');
const previews = path.join(repoRoot, 'test', 'test-results', 'previews');

let server: QueueServerProcess;
let printer: LoopbackPrinter;
let agent: SpawnedProcess;
let kiosk: RecordingSocket;

const startAgent = (): Promise<SpawnedProcess> =>
  startAgentProcess({
    serverUrl: server.url,
    printerUri: printer.uri,
    device: 'kiosk-1',
    statusIntervalMs: 300,
  });

test.beforeAll(async () => {
  mkdirSync(previews, { recursive: true });
  server = await startQueueServer();
  printer = await startLoopbackPrinter();
  agent = await startAgent();
  kiosk = await connectAsDevice(server.url, '/kiosk', 'kiosk-1');
});

test.afterAll(async () => {
  kiosk?.close();
  await agent?.stop();
  await printer?.close();
  await server?.stop();
});

type Envelope<T> = { ok: true; data: T } | { ok: false; error: { code: string; message: string } };

const printJob = async (
  request: APIRequestContext,
  deviceId: string,
  document: PrintDocument,
): Promise<PrintJobRecord> => {
  const response = await request.post(`${server.url}/api/v1/print-jobs`, {
    data: { deviceId, document },
  });
  expect(response.status()).toBe(201);
  const body = (await response.json()) as Envelope<PrintJobRecord>;
  if (!body.ok) throw new Error(`print job refused: ${body.error.code}`);
  return body.data;
};

const zbar = (png: Buffer, name: string): string[] => {
  const file = path.join(previews, name);
  writeFileSync(file, png);
  return execFileSync('zbarimg', ['-q', '--raw', file], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  })
    .trim()
    .split('\n');
};

test('a Vietnamese ticket reaches the printer as the reference preview shows it', async ({
  request,
}) => {
  printer.clear();
  const job = await printJob(request, 'kiosk-1', sampleTicket);
  expect(job.state).toBe('printed');
  expect(job.attempts).toBe(1);

  const [bytes] = printer.jobs();
  expect(bytes).toBeDefined();
  if (!bytes) return;
  const ops = decodeEscPos(bytes);
  expect(ops[0]).toEqual({ op: 'initialise' });
  expect(ops.at(-1)).toEqual({ op: 'cut' });
  expect(ops.filter((op) => op.op === 'raster').length).toBeGreaterThanOrEqual(5);
  expect(printedTextLines(ops)).toContain('A025');
  expect(ops.find((op) => op.op === 'qr')).toMatchObject({ data: sampleTicket.qrPayload });
  expect(bytes.length).toBeLessThan(10 * 1024);

  // What the printer received, drawn, is the stored reference image.
  const preview = renderPreview(bytes, 80);
  const diff = await diffPngs(preview, readFileSync(path.join(fixtures, 'ticket-80.png')));
  expect(diff.sameSize).toBe(true);
  expect(diff.fraction).toBeLessThan(0.002);
  expect(zbar(preview, 'printed-ticket.png')).toContain(sampleTicket.qrPayload);

  // The server shows the same picture (for the admin UI) from the stored job.
  const served = await request.get(`${server.url}/api/v1/print-jobs/${job.jobId}/preview.png`);
  expect(served.headers()['content-type']).toContain('image/png');
  const servedDiff = await diffPngs(
    await served.body(),
    readFileSync(path.join(fixtures, 'ticket-80.png')),
  );
  expect(servedDiff.fraction).toBeLessThan(0.002);
});

test('a dossier receipt prints its code as a QR and a CODE128 that scan back', async ({
  request,
}) => {
  printer.clear();
  const job = await printJob(request, 'kiosk-1', sampleReceipt);
  expect(job.state).toBe('printed');
  const [bytes] = printer.jobs();
  if (!bytes) throw new Error('no receipt received');
  expect(Buffer.from(renderDocument(sampleReceipt, 80)).equals(bytes)).toBe(true);
  const symbols = zbar(renderPreview(bytes, 80), 'printed-receipt.png');
  expect(symbols.filter((symbol) => symbol === sampleReceipt.dossierCode)).toHaveLength(2);
});

test('paper out fails the job with printer-fault, tells the kiosk, and the job reprints', async ({
  request,
}) => {
  printer.setFaults(['paper-out']);
  await kiosk.waitFor<{ canPrint: boolean; faults: string[] }>(
    'printer:status',
    (status) => !status.canPrint && status.faults.includes('paper-out'),
  );
  printer.clear();
  const job = await printJob(request, 'kiosk-1', sampleTicket);
  expect(job).toMatchObject({ state: 'failed', failureCode: 'printer-fault' });
  expect(job.failureMessage).toContain('paper-out');
  expect(printer.jobs()).toHaveLength(0);

  const status = await request.get(`${server.url}/api/v1/devices/kiosk-1/printer-status`);
  expect(((await status.json()) as Envelope<{ canPrint: boolean }>).ok).toBe(true);

  printer.setFaults([]);
  await kiosk.waitFor<{ canPrint: boolean; at: string }>(
    'printer:status',
    (event) => event.canPrint && event.at > job.updatedAt,
  );
  const reprint = await request.post(`${server.url}/api/v1/print-jobs/${job.jobId}/reprint`);
  expect(reprint.status()).toBe(201);
  const reprinted = (await reprint.json()) as Envelope<PrintJobRecord>;
  expect(reprinted.ok && reprinted.data).toMatchObject({
    state: 'printed',
    attempts: 2,
    failureCode: null,
  });
  expect(printer.jobs()).toHaveLength(1);
});

test('a cover opened is reported with its own fault', async ({ request }) => {
  printer.setFaults(['cover-open']);
  await expect
    .poll(async () => {
      const response = await request.get(`${server.url}/api/v1/devices/kiosk-1/printer-status`);
      const body = (await response.json()) as Envelope<{ faults: string[] }>;
      return body.ok ? body.data.faults : [];
    })
    .toEqual(['cover-open']);
  printer.setFaults([]);
});

/** Starts the agent CLI with these arguments; `logSince` reads what it logged from then on. */
const spawnAgentCli = (name: string, args: readonly string[]) => {
  const logFile = path.join(repoRoot, 'test', 'test-results', 'logs', `${name}.log`);
  const offset = existsSync(logFile) ? statSync(logFile).size : 0;
  const cli = spawnEntry(name, 'hardware/src/agent/cli.ts', args);
  const logSince = (): string =>
    existsSync(logFile) ? readFileSync(logFile).subarray(offset).toString('utf8') : '';
  return { cli, logSince };
};

test('an agent started without --device stops with a usage error', async () => {
  const { cli, logSince } = spawnAgentCli('agent-without-device', ['--server', server.url]);
  const code = await new Promise<number | null>((resolve) => {
    if (cli.child.exitCode !== null) resolve(cli.child.exitCode);
    else cli.child.once('exit', (exitCode) => resolve(exitCode));
  });
  expect(code).toBe(1);
  await expect.poll(logSince).toContain('--device is required');
});

test('a second agent for a kiosk already served is refused; the kiosk keeps its printer', async ({
  request,
}) => {
  const { cli: intruder, logSince } = spawnAgentCli('agent-intruder-kiosk-1', [
    '--server',
    server.url,
    '--device',
    'kiosk-1',
    '--id',
    'agent-other-pc',
  ]);
  try {
    await expect
      .poll(logSince, { timeout: 15_000 })
      .toMatch(/server refused announcement.*"code":"conflict"/);
  } finally {
    await intruder.stop();
  }
  const health = await request.get(`${server.url}/api/v1/devices/health`);
  const reports = (await health.json()) as Envelope<
    { deviceId: string; agentId: string; connected: boolean }[]
  >;
  expect(reports.ok && reports.data.find((report) => report.deviceId === 'kiosk-1')).toMatchObject({
    agentId: 'agent-kiosk-1',
    connected: true,
  });
  printer.clear();
  const job = await printJob(request, 'kiosk-1', { ...sampleTicket, ticketNumber: 'A030' });
  expect(job.state).toBe('printed');
  expect(printedTextLines(decodeEscPos(printer.jobs()[0] ?? Buffer.alloc(0)))).toContain('A030');
});

test('jobs wait in the queue while the agent is away, across a server restart', async ({
  request,
}) => {
  await agent.stop();
  await kiosk.waitFor<{ canPrint: boolean; state: string }>(
    'printer:status',
    (status) => !status.canPrint && status.state === 'disconnected',
  );
  printer.clear();
  const response = await request.post(`${server.url}/api/v1/print-jobs`, {
    data: { deviceId: 'kiosk-1', document: { ...sampleTicket, ticketNumber: 'A026' } },
  });
  const queued = (await response.json()) as Envelope<PrintJobRecord>;
  if (!queued.ok) throw new Error('job refused');
  expect(queued.data.state).toBe('queued');

  // A restart of the server loses nothing: the job is in SQLite.
  await server.stop();
  server = await startQueueServer({ dataDir: server.dataDir });
  kiosk.close();
  kiosk = await connectAsDevice(server.url, '/kiosk', 'kiosk-1');
  agent = await startAgent();

  const [bytes] = await printer
    .waitFor((all) => all.includes(Buffer.from('A026')))
    .then(() => printer.jobs());
  expect(printedTextLines(decodeEscPos(bytes ?? Buffer.alloc(0)))).toContain('A026');
  await expect
    .poll(async () => {
      const job = await request.get(`${server.url}/api/v1/print-jobs/${queued.data.jobId}`);
      const body = (await job.json()) as Envelope<PrintJobRecord>;
      return body.ok ? body.data.state : 'missing';
    })
    .toBe('printed');
});

test('noise on the printer line is counted and logged, never fatal', async ({ request }) => {
  // Bytes with the high bit set can never be a status answer: the agent must skip and count them.
  printer.setNoise(
    Buffer.from(Array.from({ length: 600 }, (_, index) => ((index * 37) & 0xff) | 0x80)),
  );
  await expect
    .poll(async () => {
      const response = await request.get(`${server.url}/api/v1/devices/health`);
      const body = (await response.json()) as Envelope<
        { deviceId: string; devices: { kind: string; garbageCount: number }[] }[]
      >;
      const kioskHealth = body.ok
        ? body.data.find((report) => report.deviceId === 'kiosk-1')
        : undefined;
      return kioskHealth?.devices.find((device) => device.kind === 'printer')?.garbageCount ?? 0;
    })
    .toBeGreaterThan(0);
  printer.clear();
  const job = await printJob(request, 'kiosk-1', { ...sampleTicket, ticketNumber: 'A027' });
  expect(job.state).toBe('printed');
  printer.setNoise(null);
  expect(agent.child.exitCode).toBeNull();
});

test('a network printer switched off is reported offline; its failed job reprints once it is back', async ({
  request,
}) => {
  const { port } = printer;
  await printer.close();
  await kiosk.waitFor<{ canPrint: boolean; state: string; faults: string[] }>(
    'printer:status',
    (status) => status.state === 'disconnected' && status.faults.includes('offline'),
  );
  const response = await request.post(`${server.url}/api/v1/print-jobs`, {
    data: { deviceId: 'kiosk-1', document: { ...sampleTicket, ticketNumber: 'A028' } },
  });
  const failed = (await response.json()) as Envelope<PrintJobRecord>;
  if (!failed.ok) throw new Error('job refused');
  expect(failed.data).toMatchObject({ state: 'failed', failureCode: 'printer-offline' });

  printer = await startLoopbackPrinter({ port });
  await expect
    .poll(async () => {
      const status = await request.get(`${server.url}/api/v1/devices/kiosk-1/printer-status`);
      const body = (await status.json()) as Envelope<{ canPrint: boolean }>;
      return body.ok && body.data.canPrint;
    })
    .toBe(true);
  const reprint = await request.post(
    `${server.url}/api/v1/print-jobs/${failed.data.jobId}/reprint`,
  );
  const done = (await reprint.json()) as Envelope<PrintJobRecord>;
  expect(done.ok && done.data.state).toBe('printed');
  expect(printedTextLines(decodeEscPos(printer.jobs()[0] ?? Buffer.alloc(0)))).toContain('A028');
});

test.describe('through a CUPS raw queue', () => {
  let cupsd: Cupsd | null = null;
  let cupsPrinter: LoopbackPrinter | null = null;
  let cupsAgent: SpawnedProcess | null = null;

  test.afterAll(async () => {
    await cupsAgent?.stop();
    await cupsd?.stop();
    await cupsPrinter?.close();
  });

  test('a ticket passes through cupsd to the printer byte for byte', async ({ request }) => {
    const reason = cupsUnavailable();
    test.skip(reason !== null, reason ?? '');
    cupsPrinter = await startLoopbackPrinter();
    cupsd = await startCupsd();
    cupsd.addRawQueue('OpenOPS_Test', cupsPrinter.port);
    cupsAgent = await startAgentProcess({
      serverUrl: server.url,
      printerUri: 'cups:OpenOPS_Test',
      device: 'kiosk-2',
      env: { CUPS_SERVER: cupsd.server },
    });
    const job = await printJob(request, 'kiosk-2', sampleTicket);
    expect(job.state).toBe('printed');
    const expected = Buffer.from(renderDocument(sampleTicket, 80));
    const received = await cupsPrinter.waitFor((bytes) => bytes.length >= expected.length, 20_000);
    expect(received.equals(expected)).toBe(true);
    expect(existsSync('/usr/lib/cups/backend/socket')).toBe(true);
    // The job went through libcups (@thiagoelg/node-printer), not the `lp` fallback.
    const agentLog = readFileSync(
      path.join(repoRoot, 'test/test-results/logs/agent-kiosk-2.log'),
      'utf8',
    );
    expect(agentLog).toContain('"transport":"node-printer"');
  });
});

test('a centre without a printer prints into a folder: the bytes sent and a PNG of each slip', async ({
  request,
}) => {
  const folder = path.join(temporaryFolder('printed'), 'counter-pc-3');
  const fileAgent = await startAgentProcess({
    serverUrl: server.url,
    printerUri: `file:${folder}`,
    device: 'counter-pc-3',
  });
  try {
    const job = await printJob(request, 'counter-pc-3', sampleReceipt);
    expect(job.state).toBe('printed');
    const files = readdirSync(folder).sort();
    expect(files.map((file) => path.extname(file))).toEqual(['.bin', '.png']);
    const [sent, slip] = files as [string, string];
    expect(
      Buffer.from(readFileSync(path.join(folder, sent))).equals(
        Buffer.from(renderDocument(sampleReceipt, 80)),
      ),
    ).toBe(true);
    const diff = await diffPngs(
      readFileSync(path.join(folder, slip)),
      readFileSync(path.join(fixtures, 'receipt-80.png')),
    );
    expect(diff.sameSize).toBe(true);
    expect(diff.fraction).toBeLessThan(0.002);
  } finally {
    await fileAgent.stop();
  }
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import {
  createFrameDecoder,
  decodeEscPos,
  encodeFrame,
  frameTypes,
  type KeypadFrame,
} from '@openops/hardware';
import { sampleReceipt } from '../../hardware/src/escpos/sample-documents';
import type {
  DeviceHealth,
  DeviceHealthReport,
  PrintJobRecord,
  ScanEvent,
} from '@openops/protocol';
import { startAgentProcess } from '../support/agent-process';
import { startPtyPair, type PtyPair } from '../support/hardware-pty';
import { connectAsDevice, type RecordingSocket } from '../support/hardware-sockets';
import { startQueueServer, type QueueServerProcess } from '../support/queue-server-process';
import { repoRoot } from '../support/repo-paths';
import type { SpawnedProcess } from '../support/spawned-process';

test.describe.configure({ mode: 'serial' });

const device = 'counter-pc-1';
let server: QueueServerProcess;
let printerPty: PtyPair;
let scannerPty: PtyPair;
let keypadPty: PtyPair;
let agent: SpawnedProcess;
let counter: RecordingSocket;
/** The status byte the test printer answers to `DLE EOT 4` (paper sensor); 1 and 2 answer 0x12. */
let paperStatus = 0x12;

type Envelope<T> = { ok: true; data: T } | { ok: false; error: { code: string; message: string } };

test.beforeAll(async () => {
  server = await startQueueServer({ logName: 'hardware-serial-server' });
  [printerPty, scannerPty, keypadPty] = await Promise.all([
    startPtyPair('printer'),
    startPtyPair('scanner'),
    startPtyPair('keypad'),
  ]);
  // The test is the serial printer: it answers every DLE EOT n with a status byte.
  printerPty.onData((chunk) => {
    for (let index = 0; index + 2 < chunk.length; index += 1) {
      if (chunk[index] === 0x10 && chunk[index + 1] === 0x04) {
        void printerPty.write(Uint8Array.of(chunk[index + 2] === 4 ? paperStatus : 0x12));
      }
    }
  });
  counter = await connectAsDevice(server.url, '/counter', device);
  agent = await startAgentProcess({
    serverUrl: server.url,
    printerUri: `serial:${printerPty.devicePath}?baud=115200`,
    scannerUri: `serial:${scannerPty.devicePath}?baud=9600`,
    keypadUri: `serial:${keypadPty.devicePath}?buttons=5`,
    device,
    statusIntervalMs: 300,
  });
});

test.afterAll(async () => {
  counter?.close();
  await agent?.stop();
  await Promise.all([printerPty?.close(), scannerPty?.close(), keypadPty?.close()]);
  await server?.stop();
});

const healthOf = async (
  request: APIRequestContext,
  kind: DeviceHealth['kind'],
): Promise<DeviceHealth | null> => {
  const response = await request.get(`${server.url}/api/v1/devices/health`);
  const body = (await response.json()) as Envelope<DeviceHealthReport[]>;
  if (!body.ok) return null;
  return (
    body.data.find((report) => report.deviceId === device)?.devices.find((d) => d.kind === kind) ??
    null
  );
};

test('a receipt prints on a serial printer and near-end paper is reported without stopping it', async ({
  request,
}) => {
  await expect.poll(async () => (await healthOf(request, 'printer'))?.state).toBe('ready');
  printerPty.clear();
  const response = await request.post(`${server.url}/api/v1/print-jobs`, {
    data: { deviceId: device, document: sampleReceipt },
  });
  const body = (await response.json()) as Envelope<PrintJobRecord>;
  expect(body.ok && body.data.state).toBe('printed');
  const bytes = await printerPty.waitFor((all) => all.includes(Buffer.from([0x1d, 0x56])));
  const ops = decodeEscPos(bytes.subarray(bytes.indexOf(Buffer.from([0x1b, 0x40]))));
  expect(ops.find((op) => op.op === 'code128')).toMatchObject({ data: sampleReceipt.dossierCode });

  paperStatus = 0x1e; // near-end bits of the paper sensor
  await expect
    .poll(async () => (await healthOf(request, 'printer'))?.faults)
    .toContain('paper-near-end');
  const status = await counter.waitFor<{ canPrint: boolean; faults: string[] }>(
    'printer:status',
    (event) => event.faults.includes('paper-near-end'),
  );
  expect(status.canPrint).toBe(true);
  paperStatus = 0x12;
});

test('scans reach the counter classified; the citizen ID goes to the counter only, never to a log', async () => {
  await scannerPty.write('000.00.06.H56-231027-0361\r\n');
  const dossier = await counter.waitFor<ScanEvent>(
    'scan:classified',
    (e) => e.scan.kind === 'dossier-code',
  );
  expect(dossier).toMatchObject({
    deviceId: device,
    source: 'serial',
    scan: { agencyCode: '000.00.06.H56' },
  });

  await scannerPty.write(
    '001099012345|123456789|Nguyễn Văn An|01021990|Nam|Số 1 Tràng Tiền, Hà Nội|15082021\r',
  );
  const citizen = await counter.waitFor<ScanEvent>(
    'scan:classified',
    (e) => e.scan.kind === 'citizen-id',
  );
  // The counter's reception sends the ID on for the server to keep its digest (the card finds
  // the dossier at the kiosk); the screen shows only the masked form.
  expect(citizen.scan).toMatchObject({
    idMasked: '********2345',
    idNumber: '001099012345',
    oldIdNumber: '123456789',
    fullName: 'Nguyễn Văn An',
  });

  await scannerPty.write('LH-7K3Q9P\n');
  await counter.waitFor<ScanEvent>('scan:classified', (e) => e.scan.kind === 'appointment-code');
  // Neither the agent's log nor the server's ever holds the ID.
  for (const log of [`agent-${device}.log`, 'hardware-serial-server.log']) {
    const text = readFileSync(path.join(repoRoot, 'test', 'test-results', 'logs', log), 'utf8');
    expect(text).not.toContain('001099012345');
    expect(text).not.toContain('123456789');
  }
});

const keyFrame = (seq: number, button: number): Uint8Array =>
  encodeFrame({ type: frameTypes.key, seq, payload: Uint8Array.of(button) });

test('the keypad is armed for one press that comes back as a rating; other presses are ignored and counted', async ({
  request,
}) => {
  await keypadPty.write(keyFrame(1, 1)); // nobody armed it
  await expect.poll(async () => (await healthOf(request, 'keypad'))?.ignoredPresses).toBe(1);

  keypadPty.clear();
  const armed = await request.post(`${server.url}/api/v1/devices/keypad-arms`, {
    data: {
      deviceId: device,
      counterId: 'quay-1',
      ticketId: 't-42',
      officerId: null,
      timeoutSeconds: 30,
    },
  });
  expect(armed.status()).toBe(201);
  const frames: KeypadFrame[] = [];
  const decoder = createFrameDecoder(() => {});
  await keypadPty.waitFor((bytes) => {
    frames.splice(0, frames.length, ...decoder.push(bytes));
    return frames.some((frame) => frame.type === frameTypes.arm);
  });
  const arm = frames.find((frame) => frame.type === frameTypes.arm);
  if (!arm) throw new Error('no arm frame');
  // buttons from the URI (?buttons=5), the window in seconds, the LED prompt on
  expect(Array.from(arm.payload)).toEqual([5, 30, 1]);

  await keypadPty.write(keyFrame(arm.seq, 2));
  const rated = await counter.waitFor<Record<string, unknown>>('keypad:rated');
  expect(rated).toMatchObject({ ticketId: 't-42', counterId: 'quay-1' });
  // The officer learns that the citizen rated, never how.
  expect(rated).not.toHaveProperty('level');
  expect(rated).not.toHaveProperty('button');

  await keypadPty.write(keyFrame(arm.seq, 5)); // a second press of the same window
  await expect.poll(async () => (await healthOf(request, 'keypad'))?.ignoredPresses).toBe(2);
  expect(counter.events('keypad:rated')).toHaveLength(1);
});

test('an unplugged scanner comes back within 5 s of replugging, without restarting the agent', async ({
  request,
}) => {
  await scannerPty.unplug();
  await expect.poll(async () => (await healthOf(request, 'scanner'))?.state).toBe('disconnected');
  const replugged = Date.now();
  await scannerPty.replug();
  await expect
    .poll(async () => (await healthOf(request, 'scanner'))?.state, { timeout: 5000 })
    .toBe('ready');
  expect(Date.now() - replugged).toBeLessThan(5000);
  await scannerPty.write('LH-ABC123\r\n');
  await counter.waitFor<ScanEvent>(
    'scan:classified',
    (e) => e.scan.kind === 'appointment-code' && e.scan.code === 'LH-ABC123',
  );
  expect(agent.child.exitCode).toBeNull();
});

test('a printer unplugged mid-shift fails the job with a reason, and it reprints once back', async ({
  request,
}) => {
  await printerPty.unplug();
  await expect.poll(async () => (await healthOf(request, 'printer'))?.state).toBe('disconnected');
  const response = await request.post(`${server.url}/api/v1/print-jobs`, {
    data: { deviceId: device, document: sampleReceipt },
  });
  const failed = (await response.json()) as Envelope<PrintJobRecord>;
  if (!failed.ok) throw new Error('job refused');
  expect(failed.data).toMatchObject({ state: 'failed', failureCode: 'printer-offline' });

  await printerPty.replug();
  await expect
    .poll(async () => (await healthOf(request, 'printer'))?.state, { timeout: 5000 })
    .toBe('ready');
  printerPty.clear();
  const reprint = await request.post(
    `${server.url}/api/v1/print-jobs/${failed.data.jobId}/reprint`,
  );
  const done = (await reprint.json()) as Envelope<PrintJobRecord>;
  expect(done.ok && done.data.state).toBe('printed');
  await printerPty.waitFor((bytes) => bytes.includes(Buffer.from(sampleReceipt.dossierCode)));
});

test('floods of random bytes and broken frames never crash the agent; each burst is logged once', async ({
  request,
}) => {
  const logFile = path.join(repoRoot, 'test', 'test-results', 'logs', `agent-${device}.log`);
  const warningsBefore = (readFileSync(logFile, 'utf8').match(/garbage from device/g) ?? []).length;
  let seed = 12345;
  const random = (length: number): Uint8Array =>
    Uint8Array.from({ length }, () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed & 0xff;
    });
  for (let burst = 0; burst < 20; burst += 1) {
    await scannerPty.write(random(4096));
    await keypadPty.write(random(4096));
    await keypadPty.write(keyFrame(7, 3).slice(0, 4)); // truncated frame
  }
  await scannerPty.write('\r\n');
  await expect
    .poll(async () => (await healthOf(request, 'keypad'))?.garbageCount ?? 0)
    .toBeGreaterThan(1000);
  await expect
    .poll(async () => (await healthOf(request, 'scanner'))?.garbageCount ?? 0)
    .toBeGreaterThan(0);

  // Still alive and still reading: a good scan after the noise gets through.
  await scannerPty.write('000.00.06.H56-231027-0999\r\n');
  await counter.waitFor<ScanEvent>(
    'scan:classified',
    (e) => e.scan.kind === 'dossier-code' && e.scan.code.endsWith('0999'),
  );
  expect(agent.child.exitCode).toBeNull();
  const warningsAfter = (readFileSync(logFile, 'utf8').match(/garbage from device/g) ?? []).length;
  // One line per device per burst, not one per byte: 80 KB of noise gives a handful of lines.
  expect(warningsAfter - warningsBefore).toBeGreaterThan(0);
  expect(warningsAfter - warningsBefore).toBeLessThan(10);
});

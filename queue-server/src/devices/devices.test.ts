import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Server } from 'socket.io';
import { io as connect, type Socket as ClientSocket } from 'socket.io-client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ok,
  type AgentClientEvents,
  type AgentServerEvents,
  type DossierReceiptPrint,
  type KeypadRatedEvent,
} from '@openops/protocol';
import { openDatabase, type SqliteDatabase } from '../store/database';
import {
  createPrintDispatcher,
  kioskPrintExpiryMs,
  type AgentSocket,
} from '../realtime/print-dispatcher';
import { createKeypadDispatcher, judgedPressTime, pressClockSkewMs } from './keypad-dispatcher';
import { createPrintJobRepository } from './print-job-repository';
import { ticket } from './agent-test-centre';

/** A real socket.io server and one connected agent client, in process. */
const agentPair = async (): Promise<{
  server: AgentSocket;
  client: ClientSocket<AgentServerEvents, AgentClientEvents>;
  close: () => Promise<void>;
}> => {
  const http = createServer();
  const io = new Server(http);
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  const connected = new Promise<AgentSocket>((resolve) =>
    io.of('/agent').once('connection', (socket) => resolve(socket as unknown as AgentSocket)),
  );
  const client: ClientSocket<AgentServerEvents, AgentClientEvents> = connect(
    `http://127.0.0.1:${port}/agent`,
    { transports: ['websocket'] },
  );
  const server = await connected;
  return {
    server,
    client,
    close: async () => {
      client.close();
      await io.close();
    },
  };
};

let folder: string;
let database: SqliteDatabase;
beforeEach(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'openops-devices-'));
  database = openDatabase(path.join(folder, 'queue.sqlite'));
});
afterEach(() => {
  database.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('print dispatcher', () => {
  it('queues a job while no agent is bound and sends it, oldest first, once one is', async () => {
    const printer = createPrintDispatcher(createPrintJobRepository(database));
    const first = await printer.print('kiosk-1', ticket);
    expect(first).toMatchObject({ ok: false, error: { code: 'printer-offline' } });
    void printer.print('kiosk-1', { ...ticket, ticketNumber: 'A002' });
    expect(printer.jobs.list({ deviceId: 'kiosk-1', state: 'queued', limit: 10 })).toHaveLength(2);

    const pair = await agentPair();
    const printed: string[] = [];
    pair.client.on('job:print', (job, ack) => {
      if (job.document.kind === 'ticket') printed.push(job.document.ticketNumber);
      ack(ok({ bytes: 1 }));
    });
    printer.bind('kiosk-1', pair.server);
    await expect.poll(() => printed).toEqual(['A001', 'A002']);
    await expect.poll(() => printer.jobs.list({ state: 'printed', limit: 10 }).length).toBe(2);
    await pair.close();
  });

  it('records a refused job with its reason and prints it on reprint', async () => {
    const printer = createPrintDispatcher(createPrintJobRepository(database));
    const pair = await agentPair();
    let paperOut = true;
    pair.client.on('job:print', (_job, ack) =>
      ack(
        paperOut
          ? { ok: false, error: { code: 'printer-fault', message: 'paper-out' } }
          : ok({ bytes: 9 }),
      ),
    );
    printer.bind('kiosk-1', pair.server);
    const { jobId, done } = printer.submit('kiosk-1', ticket);
    expect(await done).toMatchObject({ ok: false, error: { code: 'printer-fault' } });
    expect(printer.jobs.get(jobId)).toMatchObject({
      state: 'failed',
      failureCode: 'printer-fault',
      attempts: 1,
    });

    paperOut = false;
    const again = await printer.reprint(jobId);
    expect(again.ok && again.data).toMatchObject({
      state: 'printed',
      attempts: 2,
      failureCode: null,
    });
    expect(await printer.reprint('no-such-job')).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    await pair.close();
  });

  it('drops kiosk tickets that waited past the expiry when the printer returns; receipts print', async () => {
    let now = Date.parse('2026-11-26T02:00:00.000Z');
    const printer = createPrintDispatcher(createPrintJobRepository(database), () => new Date(now));
    const receipt: DossierReceiptPrint = {
      kind: 'dossier-receipt',
      centreName: 'Trung tâm',
      dossierCode: '000.00.06.H56-261126-0001',
      applicantName: 'Nguyễn Thị Hồng Nhung',
      procedureName: 'Đăng ký khai sinh',
      documents: [{ name: 'Tờ khai', form: 'Bản chính', quantity: 1 }],
      fees: [],
      receivedAt: '2026-11-26T02:00:00.000Z',
      returnDate: '2026-12-01',
      officerName: 'Trần Văn Đức',
      timeZone: 'Asia/Ho_Chi_Minh',
    };
    const { jobId: stale } = printer.submit('kiosk-1', ticket);
    void printer.print('kiosk-1', receipt);
    now += kioskPrintExpiryMs + 60_000;
    void printer.print('kiosk-1', { ...ticket, ticketNumber: 'A009' });

    const pair = await agentPair();
    const printed: string[] = [];
    pair.client.on('job:print', (job, ack) => {
      printed.push(job.document.kind === 'ticket' ? job.document.ticketNumber : job.document.kind);
      ack(ok({ bytes: 1 }));
    });
    printer.bind('kiosk-1', pair.server);
    await expect.poll(() => printed).toEqual(['dossier-receipt', 'A009']);
    expect(printer.jobs.get(stale)).toMatchObject({ state: 'failed', failureCode: 'expired' });

    // Asked for again by an officer, the old ticket is fresh and prints.
    const again = await printer.reprint(stale);
    expect(again.ok && again.data).toMatchObject({ state: 'printed' });
    expect(printed).toEqual(['dossier-receipt', 'A009', 'A001']);
    await pair.close();
  });

  it('sends a job interrupted by a lost link again as the same print request; a reprint is a new one', async () => {
    const printer = createPrintDispatcher(createPrintJobRepository(database));
    const first = await agentPair();
    const attempts: (number | undefined)[] = [];
    first.client.on('job:print', (job) => attempts.push(job.attempt)); // never answers: the link drops
    printer.bind('kiosk-1', first.server);
    const { jobId, done } = printer.submit('kiosk-1', ticket);
    await expect.poll(() => attempts).toEqual([1]);
    await first.close();

    const second = await agentPair();
    second.client.on('job:print', (job, ack) => {
      attempts.push(job.attempt);
      ack(ok({ bytes: 1 }));
    });
    printer.bind('kiosk-1', second.server);
    expect(await done).toMatchObject({ ok: true, data: { attempts: 2 } });
    await printer.reprint(jobId);
    expect(attempts).toEqual([1, 1, 3]);
    await second.close();
  });

  it('sends a job caught mid-send by a server stop again as the same print request', async () => {
    const jobs = createPrintJobRepository(database);
    jobs.insert({ jobId: 'j1', deviceId: 'kiosk-1', document: ticket, at: ticket.issuedAt });
    jobs.markSending('j1', ticket.issuedAt);
    const printer = createPrintDispatcher(createPrintJobRepository(database));
    const pair = await agentPair();
    const attempts: (number | undefined)[] = [];
    pair.client.on('job:print', (job, ack) => {
      attempts.push(job.attempt);
      ack(ok({ bytes: 1 }));
    });
    printer.bind('kiosk-1', pair.server);
    await expect.poll(() => jobs.get('j1')?.state).toBe('printed');
    expect(attempts).toEqual([1]);
    await pair.close();
  });

  it('puts a job caught mid-send by a stop back in the queue', () => {
    const jobs = createPrintJobRepository(database);
    const record = jobs.insert({
      jobId: 'j1',
      deviceId: 'kiosk-1',
      document: ticket,
      at: ticket.issuedAt,
    });
    jobs.markSending(record.jobId, ticket.issuedAt);
    createPrintDispatcher(createPrintJobRepository(database));
    expect(jobs.get('j1')).toMatchObject({ state: 'queued', attempts: 1 });
  });
});

describe('keypad presses delivered late', () => {
  it('count when made while armed, even after the window closed or the arm was disarmed', async () => {
    const pair = await agentPair();
    pair.client.on('keypad:arm', (_arm, ack) => ack(ok({ armed: true })));
    let now = Date.parse('2026-11-26T02:00:00Z');
    const rated: KeypadRatedEvent[] = [];
    const keypads = createKeypadDispatcher({
      agentFor: () => pair.server,
      buttonsFor: () => 3,
      onRated: (event) => rated.push(event),
      clock: () => new Date(now),
    });
    const request = {
      deviceId: 'counter-pc-1',
      counterId: 'quay-1',
      ticketId: 't1',
      officerId: null,
      timeoutSeconds: 10,
    };
    const at = (ms: number): string => new Date(ms).toISOString();

    // Pressed 5 s into a 10 s window; the agent was cut off and delivers it 5 minutes later.
    const expired = await keypads.arm(request);
    if (!expired.ok) throw new Error(expired.error.message);
    const pressed = now + 5_000;
    now += 5 * 60_000;
    expect(
      keypads.press('counter-pc-1', {
        armId: expired.data.armId,
        button: 1,
        pressedAt: at(pressed),
      }),
    ).toBe(true);
    expect(rated.at(-1)).toMatchObject({ ticketId: 't1', pressedAt: at(pressed) });

    // Disarmed (the officer moved on): a press made before it counts, one made after does not.
    const before = await keypads.arm({ ...request, ticketId: 't2' });
    const after = await keypads.arm({ ...request, ticketId: 't3' });
    if (!before.ok || !after.ok) throw new Error('not armed');
    const disarmedAt = now;
    keypads.disarm(before.data.armId);
    keypads.disarm(after.data.armId);
    now += 60_000;
    expect(
      keypads.press('counter-pc-1', {
        armId: before.data.armId,
        button: 2,
        pressedAt: at(disarmedAt - 1_000),
      }),
    ).toBe(true);
    expect(
      keypads.press('counter-pc-1', {
        armId: after.data.armId,
        button: 2,
        pressedAt: at(disarmedAt + 30_000),
      }),
    ).toBe(false);
    expect(rated.map((event) => event.ticketId)).toEqual(['t1', 't2']);
    await pair.close();
  });

  it('count at the window end when let in by the clock skew, and after a restart from the stored arm', () => {
    const now = Date.parse('2026-11-26T02:10:00Z');
    const rated: KeypadRatedEvent[] = [];
    const expiresAt = Date.parse('2026-11-26T02:00:10Z');
    // A server started after the arm: only its rating request remembers it.
    const keypads = createKeypadDispatcher({
      agentFor: () => undefined,
      buttonsFor: () => 5,
      onRated: (event) => rated.push(event),
      clock: () => new Date(now),
      storedArm: (armId) =>
        armId === 'arm-before-restart'
          ? {
              deviceId: 'counter-pc-1',
              counterId: 'quay-1',
              ticketId: 't9',
              officerId: 'can-bo-1',
              armedAt: Date.parse('2026-11-26T02:00:00Z'),
              expiresAt,
              disarmedAt: null,
            }
          : null,
    });
    const press = (pressedAt: string, deviceId = 'counter-pc-1') =>
      keypads.press(deviceId, { armId: 'arm-before-restart', button: 5, pressedAt });
    expect(press('2026-11-26T02:00:05Z', 'counter-pc-2')).toBe(false);
    expect(press('2026-11-26T02:00:20Z')).toBe(false);
    // One second late by the agent's clock: within the skew, counted at the window's end.
    expect(press('2026-11-26T02:00:11Z')).toBe(true);
    expect(rated).toMatchObject([
      {
        ticketId: 't9',
        counterId: 'quay-1',
        officerId: 'can-bo-1',
        level: 'very-dissatisfied',
        pressedAt: new Date(expiresAt).toISOString(),
      },
    ]);
    expect(keypads.ignoredPresses()).toBe(2);
  });
});

describe('judged press time', () => {
  const armedAt = Date.parse('2026-11-26T02:00:00.000Z');
  const at = (seconds: number): number => armedAt + seconds * 1000;
  const iso = (seconds: number): string => new Date(at(seconds)).toISOString();

  it('is when the key was pressed, for a press the agent held through an outage', () => {
    expect(judgedPressTime({ pressedAt: iso(5), arrivedAt: at(300), armedAt })).toBe(at(5));
  });

  it('is never later than the press arrived (an agent clock running ahead)', () => {
    expect(judgedPressTime({ pressedAt: iso(40), arrivedAt: at(8), armedAt })).toBe(at(8));
  });

  it('is the arrival for a claim before the keypad was armed: that clock is wrong', () => {
    expect(judgedPressTime({ pressedAt: iso(-60), arrivedAt: at(8), armedAt })).toBe(at(8));
    // Within the skew, the claim stands.
    const skewed = -pressClockSkewMs / 1000 / 2;
    expect(judgedPressTime({ pressedAt: iso(skewed), arrivedAt: at(8), armedAt })).toBe(at(skewed));
  });
});

describe('keypad dispatcher', () => {
  it('turns the one press of an armed window into a rating and ignores the rest', async () => {
    const pair = await agentPair();
    pair.client.on('keypad:arm', (_arm, ack) => ack(ok({ armed: true })));
    let now = Date.parse('2026-11-26T02:00:00Z');
    const rated: KeypadRatedEvent[] = [];
    const keypads = createKeypadDispatcher({
      agentFor: (deviceId) => (deviceId === 'counter-pc-1' ? pair.server : undefined),
      buttonsFor: () => 4,
      onRated: (event) => rated.push(event),
      clock: () => new Date(now),
    });
    const request = {
      deviceId: 'counter-pc-1',
      counterId: 'quay-1',
      ticketId: 't1',
      officerId: 'can-bo-1',
    };
    const armed = await keypads.arm(request);
    if (!armed.ok) throw new Error(armed.error.message);
    const pressedAt = new Date(now).toISOString();

    expect(keypads.press('counter-pc-2', { armId: armed.data.armId, button: 1, pressedAt })).toBe(
      false,
    );
    expect(keypads.press('counter-pc-1', { armId: armed.data.armId, button: 5, pressedAt })).toBe(
      false,
    );
    expect(keypads.press('counter-pc-1', { armId: armed.data.armId, button: 3, pressedAt })).toBe(
      true,
    );
    expect(keypads.press('counter-pc-1', { armId: armed.data.armId, button: 1, pressedAt })).toBe(
      false,
    );
    expect(rated).toEqual([
      expect.objectContaining({
        level: 'neutral',
        ticketId: 't1',
        counterId: 'quay-1',
        officerId: 'can-bo-1',
      }),
    ]);

    const late = await keypads.arm({ ...request, timeoutSeconds: 10 });
    if (!late.ok) throw new Error(late.error.message);
    now += 13_000;
    const pressedLate = new Date(now).toISOString();
    expect(
      keypads.press('counter-pc-1', { armId: late.data.armId, button: 1, pressedAt: pressedLate }),
    ).toBe(false);
    expect(keypads.ignoredPresses()).toBe(4);
    expect(await keypads.arm({ ...request, deviceId: 'counter-pc-9' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    await pair.close();
  });
});

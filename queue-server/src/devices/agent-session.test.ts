import { afterEach, describe, expect, it, vi } from 'vitest';
import { startAgent, type RunningAgent } from '@openops/hardware';
import {
  fakeKeypad,
  fakeScanner,
  heldPrinter,
  startAgentTestCentre,
  ticket,
} from './agent-test-centre';

// The real agent's link with the server's real device side: who may serve a device, and what
// happens when the server refuses or drops the agent.

/** A slow retry for the tests: the agent's default is 30 s. */
const retryMs = 300;

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  for (const close of closers.splice(0).reverse()) await close();
});

/** Every log line written from now on, parsed. */
const captureLogs = (): (() => Record<string, unknown>[]) => {
  const lines: string[] = [];
  vi.spyOn(console, 'error').mockImplementation((line: unknown) => {
    lines.push(String(line));
  });
  return () =>
    lines.flatMap((line) => {
      try {
        return [JSON.parse(line) as Record<string, unknown>];
      } catch {
        return [];
      }
    });
};

const run = (options: Parameters<typeof startAgent>[0]): RunningAgent => {
  const agent = startAgent({ refusedRetryMs: retryMs, statusPollMs: 60_000, ...options });
  closers.push(agent.stop);
  return agent;
};

const centre = async (options: Parameters<typeof startAgentTestCentre>[0] = {}) => {
  const started = await startAgentTestCentre(options);
  closers.push(started.close);
  return started;
};

describe('the agent’s link with the server', () => {
  it('connects again, slowly, after the server let it go, and logs why', async () => {
    const logs = captureLogs();
    const server = await centre();
    const agent = run({
      serverUrl: server.url,
      agentId: 'agent-1',
      boundTo: 'kiosk-1',
      printer: null,
    });
    await agent.ready;
    const [first] = server.links();
    first?.disconnect(true);
    await expect
      .poll(() => server.links().filter((link) => link !== first).length, { timeout: 3000 })
      .toBe(1);
    await expect.poll(() => server.devices.reports()[0]?.connected).toBe(true);
    expect(logs()).toContainEqual(
      expect.objectContaining({
        level: 'error',
        msg: expect.stringContaining('let this agent go'),
      }),
    );
  });

  it('logs a refused handshake with its code and message, and tries again later', async () => {
    const logs = captureLogs();
    const server = await centre();
    server.refuseHandshakes(2);
    const agent = run({
      serverUrl: server.url,
      agentId: 'agent-1',
      boundTo: 'kiosk-1',
      printer: null,
    });
    await expect(Promise.race([agent.ready.then(() => 'ready'), sleep(5000)])).resolves.toBe(
      'ready',
    );
    const refusals = logs().filter(
      (entry) => entry.msg === 'server refused this agent; connecting again later',
    );
    expect(refusals).toHaveLength(2);
    expect(refusals[0]).toMatchObject({
      level: 'error',
      code: 'unauthorized',
      message: expect.stringContaining('revoked'),
    });
  });

  it('logs why it cannot reach the server', async () => {
    const logs = captureLogs();
    const agent = run({
      serverUrl: 'http://127.0.0.1:1',
      agentId: 'agent-1',
      boundTo: 'kiosk-1',
      printer: null,
    });
    await expect
      .poll(() => logs().find((entry) => entry.msg === 'cannot reach server, retrying')?.error)
      .toContain('ECONNREFUSED');
    await agent.stop();
  });
});

describe('who may serve a device', () => {
  it('refuses a second agent for a served kiosk; the first keeps its jobs when the second leaves', async () => {
    const logs = captureLogs();
    const server = await centre();
    const printer = heldPrinter();
    const holder = run({
      serverUrl: server.url,
      agentId: 'agent-pc-1',
      boundTo: 'kiosk-1',
      printer: printer.driver,
    });
    await holder.ready;
    const intruder = run({
      serverUrl: server.url,
      agentId: 'agent-pc-2',
      boundTo: 'kiosk-1',
      printer: null,
    });
    await expect
      .poll(() =>
        logs().find((entry) => entry.msg === 'server refused announcement; connecting again later'),
      )
      .toMatchObject({
        level: 'error',
        code: 'conflict',
        message: expect.stringContaining('agent-pc-1'),
      });
    await intruder.stop();

    await expect.poll(() => server.links().length).toBe(1);
    expect(server.devices.reports()).toMatchObject([{ agentId: 'agent-pc-1', connected: true }]);
    const { done } = server.printer.submit('kiosk-1', ticket);
    await expect.poll(() => printer.printed.length).toBe(1);
    printer.finishNext();
    expect(await done).toMatchObject({ ok: true });
  });

  it('refuses a device the centre does not know, to a paired agent, with a coded reason', async () => {
    const logs = captureLogs();
    const server = await centre();
    run({
      serverUrl: server.url,
      agentId: 'kiosk-9-agent',
      token: 'paired',
      boundTo: 'kiosk-9',
      printer: null,
    });
    await expect
      .poll(() =>
        logs().find((entry) => entry.msg === 'server refused announcement; connecting again later'),
      )
      .toMatchObject({ code: 'not-found', message: expect.stringContaining('kiosk-9') });
  });
});

describe('what waited for the link', () => {
  it('drops scans held too long during an outage; a press held through it is judged by when it was made', async () => {
    const logs = captureLogs();
    let now = Date.parse('2026-11-26T02:00:00.000Z');
    const clock = (): Date => new Date(now);
    const server = await centre({ clock });
    const scanner = fakeScanner();
    const keypad = fakeKeypad();
    const agent = run({
      serverUrl: server.url,
      agentId: 'agent-pc-1',
      boundTo: 'counter-pc-1',
      printer: null,
      scanner: scanner.driver,
      keypad: keypad.driver,
      clock,
    });
    await agent.ready;
    const armed = await server.keypads.arm({
      deviceId: 'counter-pc-1',
      counterId: 'quay-1',
      ticketId: 't1',
      officerId: null,
      timeoutSeconds: 10,
    });
    expect(armed.ok).toBe(true);

    // The server goes away (it refuses the agent until it is back).
    server.refuseHandshakes(1_000_000);
    server.links().forEach((link) => link.conn.close());
    await expect
      .poll(() => logs().some((entry) => entry.msg === 'disconnected from server'))
      .toBe(true);
    scanner.scan('000.00.06.H56-231027-0361');
    keypad.press(1, new Date(now + 5_000));
    now += 20_000;
    scanner.scan('LH-7K3Q9P');

    server.refuseHandshakes(0);
    await expect.poll(() => server.scans.length, { timeout: 3000 }).toBe(1);
    expect(server.scans[0]?.scan).toMatchObject({ kind: 'appointment-code' });
    await expect.poll(() => server.rated.length).toBe(1);
    expect(server.rated[0]).toMatchObject({ ticketId: 't1', level: 'very-satisfied' });
    expect(logs()).toContainEqual(
      expect.objectContaining({ msg: expect.stringContaining('dropped as too old'), count: 1 }),
    );
  });
});

const sleep = (ms: number): Promise<string> =>
  new Promise((resolve) => setTimeout(() => resolve('timeout'), ms));

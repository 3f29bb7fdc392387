import { describe, expect, it, vi } from 'vitest';
import { agentIdFor, hardwarePlan } from './hardware-plan';
import { createRestartPolicy, isCleanExit } from './restart-policy';
import { probeServer, serverTransition, watchServer } from './server-watch';
import { isQuietHour, updateFeedUrl } from './update-policy';
import { createFakePairingServer } from './testing/fake-pairing-server';

describe('restart policy', () => {
  it('reloads a crash at once, then backs off, and never gives up', () => {
    let now = 0;
    const policy = createRestartPolicy({ now: () => new Date(now), maxDelayMs: 8000 });
    const delays = Array.from({ length: 7 }, () => {
      now += 100;
      return policy.onCrash().delayMs;
    });
    expect(delays).toEqual([0, 1000, 2000, 4000, 8000, 8000, 8000]);
  });

  it('forgets crashes older than its window', () => {
    let now = 0;
    const policy = createRestartPolicy({ now: () => new Date(now), windowMs: 60_000 });
    policy.onCrash();
    policy.onCrash();
    now += 61_000;
    expect(policy.onCrash()).toEqual({ action: 'reload', delayMs: 0, crashesInWindow: 1 });
  });

  it('waits out a short freeze before restarting a hung page', () => {
    expect(createRestartPolicy({ now: () => new Date() }).hangGraceMs).toBe(15_000);
    expect(isCleanExit('clean-exit')).toBe(true);
    expect(isCleanExit('crashed')).toBe(false);
    expect(isCleanExit('oom')).toBe(false);
  });
});

describe('server watch', () => {
  it('reports a return only after the server was seen down', () => {
    expect(serverTransition('unknown', true)).toEqual({ next: 'up', transition: 'none' });
    expect(serverTransition('up', false)).toEqual({ next: 'down', transition: 'went-down' });
    expect(serverTransition('down', false)).toEqual({ next: 'down', transition: 'none' });
    expect(serverTransition('down', true)).toEqual({ next: 'up', transition: 'came-back' });
    expect(serverTransition('unknown', false)).toEqual({ next: 'down', transition: 'went-down' });
  });

  it('probes the health endpoint and needs a valid envelope', async () => {
    const server = createFakePairingServer();
    expect(await probeServer(server.fetch, 'http://s:8080')).toBe(true);
    expect(server.calls).toEqual(['GET /api/v1/health']);
    server.setDown(true);
    expect(await probeServer(server.fetch, 'http://s:8080')).toBe(false);
    expect(
      await probeServer(async () => ({ status: 200, json: async () => '<html>' }), 'http://s:8080'),
    ).toBe(false);
  });

  it('runs on its timer and tells each transition once', async () => {
    const answers = [true, false, false, true, true];
    const transitions: string[] = [];
    const timers: Array<() => void> = [];
    const watch = watchServer({
      probe: async () => answers.shift() ?? true,
      onTransition: (transition) => transitions.push(transition),
      setTimer: (run) => {
        timers.push(run);
        return { cancel: () => {} };
      },
    });
    for (let tick = 0; tick < 4; tick += 1) {
      await vi.waitFor(() => expect(timers.length).toBeGreaterThan(tick));
      timers[tick]?.();
    }
    await vi.waitFor(() => expect(timers.length).toBeGreaterThan(4));
    watch.stop();
    expect(transitions).toEqual(['went-down', 'came-back']);
  });
});

describe('hardware plan', () => {
  const all = {
    printer: 'tcp://10.0.0.9:9100',
    scanner: 'serial:/dev/ttyACM0',
    keypad: 'serial:/dev/ttyUSB0',
  };

  it('gives the kiosk its printer and scanner, the counter also its keypad, the display nothing', () => {
    expect(hardwarePlan('kiosk', all)).toEqual({
      devices: { printer: all.printer, scanner: all.scanner },
      ignored: ['keypad'],
    });
    expect(hardwarePlan('counter', all)).toEqual({ devices: all, ignored: [] });
    expect(hardwarePlan('display', all)).toEqual({
      devices: {},
      ignored: ['printer', 'scanner', 'keypad'],
    });
    expect(hardwarePlan('kiosk', {})).toEqual({ devices: {}, ignored: [] });
  });

  it('names the agent after its device, within the id length', () => {
    expect(agentIdFor('kiosk-hall-1')).toBe('kiosk-hall-1-agent');
    expect(agentIdFor('x'.repeat(64))).toHaveLength(64);
  });
});

describe('updates', () => {
  it("reads each app's folder from the update service on the server's host", () => {
    expect(updateFeedUrl('http://192.168.1.10:8080', 'kiosk')).toBe(
      'http://192.168.1.10:8081/kiosk/',
    );
    expect(updateFeedUrl('http://s:8080', 'display', 'http://files.local/openops')).toBe(
      'http://files.local/openops/display/',
    );
  });

  it('installs only in the quiet hours of the centre, not of the PC', () => {
    // 19:30 UTC is 02:30 in Hà Nội
    expect(isQuietHour(new Date('2026-11-26T19:30:00Z'))).toBe(true);
    // 02:30 UTC is 09:30 in Hà Nội, the middle of the morning
    expect(isQuietHour(new Date('2026-11-26T02:30:00Z'))).toBe(false);
    expect(isQuietHour(new Date('2026-11-26T22:00:00Z'))).toBe(false);
  });
});

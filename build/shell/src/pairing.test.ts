import { describe, expect, it } from 'vitest';
import { runPairing, abortableDelay, type PairingView, type PairingOptions } from './pairing';
import { createFakePairingServer } from './testing/fake-pairing-server';

/**
 * Runs the pairing loop against the fake server. Each time the loop waits, the next step
 * of `script` runs (the admin approves, the network drops...), so the test drives time.
 */
const pairWith = (
  server: ReturnType<typeof createFakePairingServer>,
  script: Array<() => void>,
  extra: Partial<PairingOptions> = {},
) => {
  const views: PairingView[] = [];
  const saved: Array<string | undefined> = [];
  const delays: number[] = [];
  const abort = new AbortController();
  const outcome = runPairing({
    serverUrl: 'http://centre.test:8080',
    deviceId: 'kiosk-hall-1',
    role: 'kiosk',
    name: 'Kiosk sảnh tầng 1',
    fetch: server.fetch,
    delay: async (ms) => {
      delays.push(ms);
      const step = script.shift();
      if (step) step();
      else abort.abort();
    },
    onView: (view) => views.push(view),
    onRequest: async (requestId) => {
      saved.push(requestId);
    },
    signal: abort.signal,
    ...extra,
  });
  return { outcome, views, saved, delays };
};

describe('runPairing', () => {
  it('shows the code until an admin approves, then returns the token', async () => {
    const server = createFakePairingServer();
    const run = pairWith(server, [() => {}, () => server.approve('req-1', 'secret-token')]);
    expect(await run.outcome).toEqual({ outcome: 'approved', token: 'secret-token' });
    expect(run.views[0]).toEqual({ kind: 'requesting' });
    expect(run.views[1]).toEqual({ kind: 'pending', requestId: 'req-1', pairingCode: '100001' });
    // the request id is saved while pending; the caller clears it when it saves the token
    expect(run.saved).toEqual(['req-1']);
    expect(run.delays).toEqual([2000, 2000]);
    expect(server.calls[0]).toBe('POST /api/v1/devices/pairing-requests');
    expect(
      server.calls.slice(1).every((call) => call === 'GET /api/v1/devices/pairing-requests/req-1'),
    ).toBe(true);
  });

  it('resumes a saved request after a restart instead of asking again', async () => {
    const server = createFakePairingServer();
    const first = pairWith(server, []);
    expect(await first.outcome).toEqual({ outcome: 'aborted' });
    server.approve('req-1');
    const second = pairWith(server, [], { resumeRequestId: 'req-1' });
    expect(await second.outcome).toEqual({ outcome: 'approved', token: 'token-req-1' });
    expect(server.requests.size).toBe(1);
  });

  it('asks again when the request expires or the server forgot it', async () => {
    const server = createFakePairingServer();
    const run = pairWith(server, [
      () => server.expire('req-1'),
      () => server.forget('req-2'),
      () => server.approve('req-3'),
    ]);
    expect(await run.outcome).toEqual({ outcome: 'approved', token: 'token-req-3' });
    const codes = run.views.flatMap((view) => (view.kind === 'pending' ? [view.pairingCode] : []));
    expect(codes).toEqual(['100001', '100002', '100003']);
  });

  it('asks again when the token was already collected and lost', async () => {
    const server = createFakePairingServer();
    const run = pairWith(server, [
      // approved, but the token handed over before a crash is gone: the server keeps no copy
      () => server.approve('req-1', null),
      () => server.approve('req-2', 'second'),
    ]);
    expect(await run.outcome).toEqual({ outcome: 'approved', token: 'second' });
    expect(run.saved).toEqual(['req-1', undefined, 'req-2']);
  });

  it('stops on a rejection and says so', async () => {
    const server = createFakePairingServer();
    const run = pairWith(server, [() => server.reject('req-1')]);
    expect(await run.outcome).toEqual({ outcome: 'rejected' });
    expect(run.views.at(-1)).toEqual({ kind: 'rejected', pairingCode: '100001' });
    expect(run.saved.at(-1)).toBeUndefined();
  });

  it('retries an unreachable server with growing delays, capped', async () => {
    const server = createFakePairingServer();
    server.setDown(true);
    const run = pairWith(
      server,
      [
        () => {},
        () => {},
        () => {},
        () => {},
        () => server.setDown(false),
        () => server.approve('req-1'),
      ],
      { maxRetryMs: 5000 },
    );
    expect(await run.outcome).toEqual({ outcome: 'approved', token: 'token-req-1' });
    expect(run.delays.slice(0, 5)).toEqual([1000, 2000, 4000, 5000, 5000]);
    const unreachable = run.views.find((view) => view.kind === 'unreachable');
    expect(unreachable).toMatchObject({
      kind: 'unreachable',
      message: expect.stringContaining('ECONNREFUSED'),
    });
  });

  it('reports a server that refuses the request, with its code', async () => {
    const server = createFakePairingServer();
    const run = pairWith(server, [], { deviceId: 'bad id with spaces' });
    const outcome = await run.outcome;
    expect(outcome).toMatchObject({ outcome: 'refused', error: { code: 'bad-request' } });
  });

  it('treats a reply that breaks the contract as unreachable, not as success', async () => {
    const run = pairWith(createFakePairingServer(), [], {
      fetch: async () => ({ status: 200, json: async () => ({ hello: 'world' }) }),
    });
    expect(await run.outcome).toEqual({ outcome: 'aborted' });
    expect(run.views.at(-1)).toMatchObject({
      kind: 'unreachable',
      message: expect.stringContaining('HTTP 200'),
    });
  });
});

describe('abortableDelay', () => {
  it('rejects at once when aborted', async () => {
    const abort = new AbortController();
    const waiting = abortableDelay(60_000, abort.signal);
    abort.abort();
    await expect(waiting).rejects.toThrow('aborted');
  });
});

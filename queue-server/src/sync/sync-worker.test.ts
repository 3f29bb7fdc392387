import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { syncConfigSchema, type SyncConfig } from '@openops/protocol';
import { openDatabase, type SqliteDatabase } from '../store/database';
import type { HttpFetch } from './delivery-outcome';
import { enqueue } from './outbox';
import { createOutboxStore } from './outbox-store';
import { createSyncHealthStore } from './sync-health-store';
import { createSyncWorker, type SyncWorkerDeps } from './sync-worker';

const folders: string[] = [];
const databases: SqliteDatabase[] = [];
afterEach(() => {
  databases.splice(0).forEach((database) => database.open && database.close());
  folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true }));
});

const openAt = (file: string): SqliteDatabase => {
  const database = openDatabase(file);
  databases.push(database);
  return database;
};
const newFile = (): string => {
  const folder = mkdtempSync(path.join(tmpdir(), 'openops-worker-'));
  folders.push(folder);
  return path.join(folder, 'queue.sqlite');
};

const key = 'k'.repeat(32);
const retry = { baseDelayMs: 1000, maxDelayMs: 300_000, requestTimeoutMs: 1000, concurrency: 8 };
const centralised = syncConfigSchema.parse({
  centreKey: key,
  backends: [{ id: 'tinh', url: 'http://tinh.test/api/centre' }],
  retry,
});
/** The province's backend for every field but land, which has its own; `concurrency` per round. */
const distributedWith = (concurrency: number) =>
  syncConfigSchema.parse({
    centreKey: key,
    backends: [
      { id: 'tinh', url: 'http://tinh.test/api/centre' },
      { id: 'dat-dai', url: 'http://dat-dai.test/api/centre', fields: ['dat-dai'] },
    ],
    retry: { ...retry, concurrency },
  });
const start = Date.parse('2026-11-26T02:00:00.000Z');

const ack = (): Response =>
  new Response(
    JSON.stringify({
      ok: true,
      data: { duplicate: false, receivedAt: '2026-11-26T02:00:00.000Z' },
    }),
    { status: 200 },
  );
const unavailable = (headers: Record<string, string> = {}): Response =>
  new Response(JSON.stringify({ ok: false, error: { code: 'unavailable', message: 'Bảo trì' } }), {
    status: 503,
    headers,
  });
const linkDown = (): Error =>
  Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } });

/** A backend answering each request with `answer(url)`; it remembers the URLs it was sent. */
const backend = (answer: (url: string) => Response | Error) => {
  const requests: string[] = [];
  const fetch: HttpFetch = (input) => {
    const url = String(input as string);
    requests.push(url);
    const reply = answer(url);
    return reply instanceof Error ? Promise.reject(reply) : Promise.resolve(reply);
  };
  return { requests, fetch };
};

/** A worker over a fresh outbox, on a clock the test moves (`at`, ms after `start`). */
const setUp = (
  sync: SyncConfig | null,
  fetch: HttpFetch,
  options: { file?: string; changes?: Partial<SyncWorkerDeps> } = {},
) => {
  const file = options.file ?? newFile();
  const database = openAt(file);
  const outbox = createOutboxStore(database);
  let now = start;
  const worker = createSyncWorker({
    outbox,
    health: createSyncHealthStore(database),
    sync: () => sync,
    agencyCode: () => '000.00.06.H56',
    clock: () => new Date(now),
    random: () => 0.5,
    fetch,
    sms: () => null,
    aliasesOf: () => [],
    beforeRound: () => false,
    ...options.changes,
  });
  const add = (keys: readonly string[], field = 'ho-tich', orderKey?: string): void =>
    database.transaction(() =>
      keys.forEach((idempotencyKey) =>
        enqueue(database, {
          kind: 'rating',
          orderKey: orderKey ?? idempotencyKey,
          field,
          idempotencyKey,
          payload: { MaDanhGia: idempotencyKey },
          createdAt: new Date(now).toISOString(),
        }),
      ),
    )();
  const at = (ms: number): void => {
    now = start + ms;
  };
  return { file, database, outbox, worker, add, at };
};

const keys = (prefix: string, count: number): string[] =>
  Array.from({ length: count }, (_unused, index) => `${prefix}${index}`);

describe('sync worker: a backend that is down or overloaded', () => {
  it('is paused after a round that failed entirely, then sent one probe at a time', async () => {
    let up = false;
    const tinh = backend(() => (up ? ack() : unavailable()));
    const { worker, add, at, outbox } = setUp(centralised, tinh.fetch);
    add(keys('r', 20));
    expect(await worker.runRound()).toBe(20);

    // Paused for the first back-off step (750 ms with this jitter): new records wait, untried.
    at(100);
    add(keys('new', 5));
    expect(await worker.runRound()).toBe(0);
    expect(tinh.requests).toHaveLength(20);

    // Then one probe; it fails, and the pause grows (1.5 s).
    at(750);
    expect(await worker.runRound()).toBe(1);
    at(2_000);
    expect(await worker.runRound()).toBe(0);
    expect(tinh.requests).toHaveLength(21);

    // The probe gets through: the backend takes everything again.
    up = true;
    at(2_250);
    expect(await worker.runRound()).toBe(1);
    expect(await worker.runRound()).toBe(24);
    expect(outbox.counts()).toMatchObject({ pending: 0, delivered: 25 });
    // The records held during the pause were not counted as attempts.
    expect(tinh.requests).toHaveLength(46);
  });

  it('waits as long as the backend asks with Retry-After', async () => {
    let up = false;
    const tinh = backend(() => (up ? ack() : unavailable({ 'retry-after': '120' })));
    const { worker, add, at, outbox } = setUp(centralised, tinh.fetch);
    add(['r1', 'r2']);
    expect(await worker.runRound()).toBe(2);
    at(60_000);
    add(['r3']);
    expect(await worker.runRound()).toBe(0);
    // r3 keeps its own time (due now), but nothing goes to the backend before it asked.
    expect(outbox.nextDueAt()).toBe(0);
    expect(worker.nextDueAt()).toBe(start + 120_000);
    up = true;
    at(120_000);
    expect(await worker.runRound()).toBe(1);
    expect(await worker.runRound()).toBe(2);
    expect(tinh.requests).toHaveLength(5);
  });

  it('keeps delivering to a healthy backend while another is paused', async () => {
    const distributed = distributedWith(1);
    const both = backend((url) => (url.startsWith('http://dat-dai.test') ? linkDown() : ack()));
    const { worker, add, outbox } = setUp(distributed, both.fetch);
    // Forty land records queued first, five rounds' worth, then three civil-status ones.
    add(keys('land', 40), 'dat-dai');
    add(keys('civil', 3), 'ho-tich');
    for (let round = 0; round < 8; round += 1) await worker.runRound();
    expect(outbox.counts()).toMatchObject({ pending: 40, delivered: 3 });
    expect(both.requests.filter((url) => url.startsWith('http://dat-dai.test'))).toHaveLength(8);
  });

  it("leaves a paused backend's backlog as it is, and the next round due at the pause's end", async () => {
    const distributed = distributedWith(1);
    let landUp = false;
    const both = backend((url) =>
      url.startsWith('http://dat-dai.test') && !landUp ? linkDown() : ack(),
    );
    const { worker, add, at, outbox, database } = setUp(distributed, both.fetch);
    // A land backlog of 200 records (25 rounds' worth): the first round fails and pauses it.
    add(keys('land', 200), 'dat-dai');
    const land = database.prepare<[], { id: number; next_attempt_at: number; attempts: number }>(
      `SELECT id, next_attempt_at, attempts FROM sync_outbox WHERE field = 'dat-dai' ORDER BY id`,
    );
    expect(await worker.runRound()).toBe(8);
    const afterFailure = land.all();

    // During the pause: civil-status records go, the land ones are neither sent nor rewritten,
    // and the worker knows nothing else is due before the pause ends (no round at once).
    at(100);
    add(keys('civil', 3), 'ho-tich');
    expect(await worker.runRound()).toBe(3);
    expect(await worker.runRound()).toBe(0);
    expect(land.all()).toEqual(afterFailure);
    expect(worker.nextDueAt()).toBe(start + 750);

    // One probe when the pause ends (the oldest due: one never tried), then the rest in order.
    at(750);
    landUp = true;
    expect(await worker.runRound()).toBe(1);
    expect(both.requests.filter((url) => url.startsWith('http://dat-dai.test'))).toHaveLength(9);
    at(1_500);
    let rounds = 0;
    while ((await worker.runRound()) > 0) rounds += 1;
    expect(rounds).toBe(25);
    expect(outbox.counts()).toMatchObject({ pending: 0, delivered: 203 });
  });

  it("does not loop through a paused backend's backlog", async () => {
    const file = newFile();
    const database = openAt(file);
    const store = createOutboxStore(database);
    let rounds = 0;
    let writes = 0;
    const { worker, add } = setUp(centralised, backend(() => linkDown()).fetch, {
      file,
      changes: {
        health: createSyncHealthStore(database),
        outbox: {
          ...store,
          record: (...args) => {
            writes += 1;
            store.record(...args);
          },
        },
        clock: () => new Date(),
        beforeRound: () => {
          rounds += 1;
          return false;
        },
      },
    });
    // 640 records, ten full rounds' worth; the first round fails: a pause of at least 500 ms.
    add(keys('r', 640));
    worker.start();
    await new Promise((resolve) => setTimeout(resolve, 400));
    await worker.stop();
    // The failed round, then one that finds nothing it may send, then the wait.
    expect(rounds).toBeLessThanOrEqual(3);
    expect(writes).toBe(1);
  });

  it('is not paused for a record the backend answered about (out of order)', async () => {
    const tinh = backend(
      () =>
        new Response(
          JSON.stringify({ ok: false, error: { code: 'out-of-order', message: 'Chờ bản ghi 2' } }),
          { status: 409 },
        ),
    );
    const { worker, add, at } = setUp(centralised, tinh.fetch);
    add(['r1']);
    await worker.runRound();
    at(10);
    add(['r2', 'r3']);
    expect(await worker.runRound()).toBe(2);
  });
});

describe('sync worker: what the supervisor reads', () => {
  it('keeps the last delivery and the last error, with its time, across a restart', async () => {
    let up = false;
    const tinh = backend(() => (up ? ack() : linkDown()));
    const first = setUp(centralised, tinh.fetch);
    first.add(['r1']);
    first.at(5_000);
    await first.worker.runRound();
    const failed = first.worker.health();
    expect(failed).toEqual({
      lastDeliveredAt: null,
      lastError: {
        text: 'Mất kết nối tới máy chủ OpenOPS (lost connection to the OpenOPS server) [tinh: fetch failed (ECONNREFUSED)]',
        at: '2026-11-26T02:00:05.000Z',
      },
    });
    first.database.close();

    const restarted = setUp(centralised, tinh.fetch, { file: first.file });
    expect(restarted.worker.health()).toEqual(failed);
    up = true;
    restarted.at(60_000);
    await restarted.worker.runRound();
    expect(restarted.worker.health()).toEqual({
      lastDeliveredAt: '2026-11-26T02:01:00.000Z',
      lastError: null,
    });
  });

  it('does not let a healthy backend clear the error of a broken one', async () => {
    const distributed = distributedWith(retry.concurrency);
    const both = backend((url) => (url.startsWith('http://dat-dai.test') ? unavailable() : ack()));
    const { worker, add, at } = setUp(distributed, both.fetch);
    add(['land'], 'dat-dai');
    await worker.runRound();
    at(100);
    add(['civil'], 'ho-tich');
    await worker.runRound();
    expect(worker.health()).toMatchObject({
      lastDeliveredAt: '2026-11-26T02:00:00.100Z',
      lastError: {
        text: expect.stringMatching(/^Máy chủ OpenOPS quá tải, sẽ thử lại .*\[dat-dai: HTTP 503/),
        at: '2026-11-26T02:00:00.000Z',
      },
    });
  });
});

describe('sync worker rounds', () => {
  it('does not come back every few milliseconds for records queued behind one that waits', async () => {
    let rounds = 0;
    const tinh = backend(() => linkDown());
    const slowRetry = syncConfigSchema.parse({
      ...centralised,
      retry: { ...retry, baseDelayMs: 60_000 },
    });
    const { worker, add } = setUp(slowRetry, tinh.fetch, {
      changes: {
        clock: () => new Date(),
        beforeRound: () => {
          rounds += 1;
          return false;
        },
      },
    });
    // The receipt fails and retries in a minute; the change behind it (next attempt 0) cannot
    // go before it, so there is nothing to do until then.
    add(['receipt', 'change'], 'ho-tich', 'dossier-1');
    worker.start();
    await new Promise((resolve) => setTimeout(resolve, 400));
    await worker.stop();
    // The first round sends the receipt; the second finds nothing sendable and then waits.
    expect(rounds).toBeLessThanOrEqual(2);
    expect(tinh.requests).toHaveLength(1);
  });

  it('waits the idle poll after a round that sent nothing, even if a record reads as due', async () => {
    let rounds = 0;
    const file = newFile();
    const outbox = createOutboxStore(openAt(file));
    const { worker } = setUp(centralised, backend(() => ack()).fetch, {
      file,
      changes: {
        // A store that says a record is due now yet hands out none (nothing it could send).
        outbox: { ...outbox, nextDueAt: () => 0, due: () => [] },
        clock: () => new Date(),
        beforeRound: () => {
          rounds += 1;
          return false;
        },
      },
    });
    worker.start();
    await new Promise((resolve) => setTimeout(resolve, 400));
    await worker.stop();
    expect(rounds).toBe(1);
  });

  it('comes back at once while a round leaves a backlog, letting other work run in between', async () => {
    const order: string[] = [];
    let rounds = 0;
    const { worker } = setUp(null, backend(() => linkDown()).fetch, {
      changes: {
        beforeRound: () => {
          rounds += 1;
          order.push(`round ${rounds}`);
          setImmediate(() => order.push(`other work after round ${rounds}`));
          return rounds < 4;
        },
      },
    });
    worker.start();
    await new Promise((resolve) => setTimeout(resolve, 200));
    await worker.stop();
    // Three rounds left a backlog; the fourth did not, so the fifth waits for the poll.
    expect(order.filter((entry) => entry.startsWith('round'))).toEqual([
      'round 1',
      'round 2',
      'round 3',
      'round 4',
    ]);
    // Between rounds the worker gives the event loop a turn: work queued during a round runs
    // before the round after next at the latest. (Whether before the very next one depends on
    // the loop phase the round ended in, setImmediate against a 0 ms timer.) A worker looping
    // on promises alone would run all four rounds first.
    [1, 2].forEach((round) => {
      expect(order.indexOf(`other work after round ${round}`)).toBeLessThan(
        order.indexOf(`round ${round + 2}`),
      );
    });
    expect(order).toContain('other work after round 4');
  });
});

describe('sync worker without a backend', () => {
  it('lets records wait and polls once a second, instead of waking for records it cannot send', async () => {
    let rounds = 0;
    const { worker, add, outbox } = setUp(null, backend(() => linkDown()).fetch, {
      changes: {
        beforeRound: () => {
          rounds += 1;
          return false;
        },
      },
    });
    add(['waiting']);
    worker.start();
    await new Promise((resolve) => setTimeout(resolve, 400));
    await worker.stop();
    // The record is due (next attempt 0) yet undeliverable: one round at start, no busy loop.
    expect(rounds).toBe(1);
    expect(outbox.counts().pending).toBe(1);
  });
});

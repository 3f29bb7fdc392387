import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type SqliteDatabase } from '../store/database';
import { enqueue, type OutboxRecord } from './outbox';
import { createOutboxStore, type OutboxStore } from './outbox-store';
import { createSyncWorker } from './sync-worker';

const folders: string[] = [];
const databases: SqliteDatabase[] = [];
afterEach(() => {
  databases.splice(0).forEach((database) => database.close());
  folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true }));
});

const open = (): SqliteDatabase => {
  const folder = mkdtempSync(path.join(tmpdir(), 'openops-outbox-'));
  folders.push(folder);
  const database = openDatabase(path.join(folder, 'queue.sqlite'));
  databases.push(database);
  return database;
};

const record = (key: string, orderKey = key): OutboxRecord => ({
  kind: 'rating',
  orderKey,
  field: 'ho-tich',
  idempotencyKey: key,
  payload: { MaDanhGia: key },
  createdAt: '2026-11-26T02:00:00.000Z',
});

describe('outbox', () => {
  it('refuses a record written outside a transaction, and stores a key once', () => {
    const database = open();
    expect(() => enqueue(database, record('a'))).toThrow(/inside the transaction/);
    const written = database.transaction(() => [
      enqueue(database, record('a')),
      enqueue(database, record('a')),
    ])();
    expect(written).toEqual([true, false]);
    expect(createOutboxStore(database).counts().pending).toBe(1);
  });

  it('retries later, parks refusals, and marks done only on acknowledgement', () => {
    const database = open();
    const outbox = createOutboxStore(database);
    database.transaction(() => ['a', 'b', 'c'].forEach((key) => enqueue(database, record(key))))();
    const [a, b, c] = outbox.due(0, 10);
    if (!a || !b || !c) throw new Error('three records due');
    outbox.record(
      [
        { id: a.id, outcome: { kind: 'delivered', duplicate: false }, nextAttemptAt: 0 },
        { id: b.id, outcome: { kind: 'retry', reason: 'timeout' }, nextAttemptAt: 5_000 },
        { id: c.id, outcome: { kind: 'reject', reason: 'bad-request' }, nextAttemptAt: 0 },
      ],
      '2026-11-26T02:00:01.000Z',
    );
    expect(outbox.counts()).toMatchObject({ pending: 1, parked: 1, delivered: 1 });
    expect(outbox.due(4_999, 10)).toEqual([]);
    expect(outbox.due(5_000, 10).map((due) => [due.idempotencyKey, due.attempts])).toEqual([
      ['b', 1],
    ]);
    expect(outbox.nextDueAt()).toBe(5_000);
  });

  it('purges delivered records older than the retention, oldest first', () => {
    const database = open();
    const outbox = createOutboxStore(database);
    database.transaction(() =>
      Array.from({ length: 1200 }, (_unused, index) => enqueue(database, record(`r${index}`))),
    )();
    const due = outbox.due(0, 2000);
    outbox.record(
      due.map((entry) => ({
        id: entry.id,
        outcome: { kind: 'delivered', duplicate: false },
        nextAttemptAt: 0,
      })),
      '2026-10-01T00:00:00.000Z',
    );
    database.transaction(() => enqueue(database, record('recent')))();
    const [recent] = outbox.due(0, 10);
    if (!recent) throw new Error('recent record due');
    outbox.record(
      [{ id: recent.id, outcome: { kind: 'delivered', duplicate: false }, nextAttemptAt: 0 }],
      '2026-11-26T00:00:00.000Z',
    );
    expect(outbox.purgeDelivered('2026-10-27T00:00:00.000Z')).toBe(1200);
    expect(outbox.counts().delivered).toBe(1);
  });
});

/** A worker with no backend configured: records can only wait. */
const idleWorker = (beforeRound: () => boolean, outbox: OutboxStore = createOutboxStore(open())) =>
  createSyncWorker({
    outbox,
    sync: () => null,
    agencyCode: () => '000.00.00.H00',
    clock: () => new Date(),
    random: () => 0.5,
    fetch: () => Promise.reject(new Error('no backend here')),
    sms: () => null,
    aliasesOf: () => [],
    beforeRound,
  });

describe('sync worker rounds', () => {
  it('comes back at once while a round leaves a backlog, letting other work run in between', async () => {
    const order: string[] = [];
    let rounds = 0;
    const worker = idleWorker(() => {
      rounds += 1;
      order.push(`round ${rounds}`);
      setImmediate(() => order.push(`other work after round ${rounds}`));
      return rounds < 4;
    });
    worker.start();
    await new Promise((resolve) => setTimeout(resolve, 200));
    await worker.stop();
    // Three rounds left a backlog; the fourth did not, so the fifth waits for the poll.
    expect(order).toEqual([
      'round 1',
      'other work after round 1',
      'round 2',
      'other work after round 2',
      'round 3',
      'other work after round 3',
      'round 4',
      'other work after round 4',
    ]);
  });
});

describe('sync worker without a backend', () => {
  it('lets records wait and polls once a second, instead of waking for records it cannot send', async () => {
    const database = open();
    const outbox = createOutboxStore(database);
    database.transaction(() => enqueue(database, record('waiting')))();
    let rounds = 0;
    const worker = idleWorker(() => {
      rounds += 1;
      return false;
    }, outbox);
    worker.start();
    await new Promise((resolve) => setTimeout(resolve, 400));
    await worker.stop();
    // The record is due (next attempt 0) yet undeliverable: one round at start, no busy loop.
    expect(rounds).toBe(1);
    expect(outbox.counts().pending).toBe(1);
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type SqliteDatabase } from '../store/database';
import { enqueue, type OutboxRecord } from './outbox';
import { createOutboxStore } from './outbox-store';

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

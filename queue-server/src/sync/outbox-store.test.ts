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

  it('counts only the heads of order keys in the next due time, and releases the one behind a delivery', () => {
    const database = open();
    const outbox = createOutboxStore(database);
    database.transaction(() => {
      enqueue(database, record('receipt', 'dossier-1'));
      enqueue(database, record('change', 'dossier-1'));
      enqueue(database, record('rating', 'rating-1'));
    })();
    const [receipt, rating] = outbox.due(0, 10);
    expect([receipt?.idempotencyKey, rating?.idempotencyKey]).toEqual(['receipt', 'rating']);
    if (!receipt || !rating) throw new Error('two heads due');
    outbox.record(
      [
        { id: receipt.id, outcome: { kind: 'retry', reason: 'timeout' }, nextAttemptAt: 5_000 },
        { id: rating.id, outcome: { kind: 'retry', reason: 'timeout' }, nextAttemptAt: 7_000 },
      ],
      '2026-11-26T02:00:01.000Z',
    );
    // The change (next attempt 0) cannot go before the receipt: it is not due, and not "next".
    expect(outbox.due(4_999, 10)).toEqual([]);
    expect(outbox.nextDueAt()).toBe(5_000);

    outbox.record(
      [{ id: receipt.id, outcome: { kind: 'delivered', duplicate: false }, nextAttemptAt: 0 }],
      '2026-11-26T02:00:05.000Z',
    );
    expect(outbox.nextDueAt()).toBe(0);
    expect(outbox.due(5_000, 10).map((due) => due.idempotencyKey)).toEqual(['change']);
  });

  it('keeps the records behind a parked one waiting, until it is retried and delivered', () => {
    const database = open();
    const outbox = createOutboxStore(database);
    database.transaction(() => {
      enqueue(database, record('receipt', 'dossier-1'));
      enqueue(database, record('change', 'dossier-1'));
    })();
    const [receipt] = outbox.due(0, 10);
    if (!receipt) throw new Error('receipt due');
    outbox.record(
      [{ id: receipt.id, outcome: { kind: 'reject', reason: 'bad-request' }, nextAttemptAt: 0 }],
      '2026-11-26T02:00:01.000Z',
    );
    // Written while the receipt is parked: it waits behind it as well.
    database.transaction(() => enqueue(database, record('later', 'dossier-1')))();
    expect(outbox.due(Number.MAX_SAFE_INTEGER, 10)).toEqual([]);
    expect(outbox.nextDueAt()).toBeNull();

    expect(outbox.unpark(receipt.id)).toBe(true);
    expect(outbox.due(0, 10).map((due) => due.idempotencyKey)).toEqual(['receipt']);
    outbox.record(
      [{ id: receipt.id, outcome: { kind: 'delivered', duplicate: false }, nextAttemptAt: 0 }],
      '2026-11-26T02:00:02.000Z',
    );
    expect(outbox.due(0, 10).map((due) => due.idempotencyKey)).toEqual(['change']);
  });

  it('finds the due heads of some routes only, without reading the others', () => {
    const database = open();
    const outbox = createOutboxStore(database);
    const routed = (key: string, kind: OutboxRecord['kind'], field: string | null) => ({
      ...record(key),
      kind,
      field,
    });
    database.transaction(() => {
      // A land backlog of 2,000 (its backend paused), and a few records for other receivers.
      for (let index = 0; index < 2000; index += 1) {
        enqueue(database, routed(`land${index}`, 'dossier', 'dat-dai'));
      }
      enqueue(database, routed('civil', 'rating', 'ho-tich'));
      enqueue(database, routed('text', 'sms', null));
      enqueue(database, routed('stats', 'queue-stats', null));
      enqueue(database, routed('event', 'ticket-event', 'ho-tich'));
    })();
    expect(outbox.routes()).toEqual([
      { routeKey: 'field:dat-dai', kind: 'dossier', field: 'dat-dai' },
      { routeKey: 'field:ho-tich', kind: 'rating', field: 'ho-tich' },
      { routeKey: 'queue-stats', kind: 'queue-stats', field: null },
      { routeKey: 'sms', kind: 'sms', field: null },
    ]);
    const others = ['field:ho-tich', 'queue-stats', 'sms'];
    expect(outbox.due(0, 3, others).map((due) => due.idempotencyKey)).toEqual([
      'civil',
      'text',
      'stats',
    ]);
    const [civil, text] = outbox.due(0, 10, others);
    if (!civil || !text) throw new Error('civil and text due');
    outbox.record(
      [
        { id: civil.id, outcome: { kind: 'retry', reason: 'timeout' }, nextAttemptAt: 7_000 },
        { id: text.id, outcome: { kind: 'retry', reason: 'timeout' }, nextAttemptAt: 5_000 },
      ],
      '2026-11-26T02:00:01.000Z',
    );
    expect(
      outbox.due(4_999, 10, ['field:ho-tich', 'sms']).map((due) => due.idempotencyKey),
    ).toEqual(['event']);
    expect(outbox.nextDueAt(['sms'])).toBe(5_000);
    expect(outbox.nextDueAt(['field:ho-tich', 'sms'])).toBe(0);
    expect(outbox.nextDueAt(['field:elsewhere'])).toBeNull();
    expect(outbox.due(0, 10, [])).toEqual([]);
    // A route's heads come from the route index in due order (no sort), even unprompted.
    const plan = database
      .prepare<[], { detail: string }>(
        `EXPLAIN QUERY PLAN SELECT id FROM sync_outbox
         WHERE route_key = 'sms' AND state = 'pending' AND waiting_behind = 0
         ORDER BY next_attempt_at, id LIMIT 8`,
      )
      .all()
      .map((row) => row.detail);
    expect(plan).toEqual([
      expect.stringMatching(/USING (COVERING )?INDEX sync_outbox_route_heads \(route_key=\?\)$/),
    ]);
  });

  it('finds the due heads of a long backlog from an index, not by reading every pending record', () => {
    const database = open();
    // A 2,000-record backlog: each key's head retried later, three records behind each.
    database.transaction(() => {
      for (let ticket = 0; ticket < 500; ticket += 1) {
        for (let event = 0; event < 4; event += 1) {
          enqueue(database, record(`t${ticket}:${event}`, `ticket:${ticket}`));
        }
      }
    })();
    const outbox = createOutboxStore(database);
    const heads = outbox.due(0, 1000);
    expect(heads).toHaveLength(500);
    outbox.record(
      heads.map((head, index) => ({
        id: head.id,
        outcome: { kind: 'retry', reason: 'timeout' },
        nextAttemptAt: 60_000 + index,
      })),
      '2026-11-26T02:00:01.000Z',
    );
    // The index the store reads holds the heads only: 500 entries for 2,000 pending records.
    const indexed = database
      .prepare<[], { count: number }>(
        `SELECT COUNT(*) AS count FROM sync_outbox INDEXED BY sync_outbox_due_heads
         WHERE state = 'pending' AND waiting_behind = 0`,
      )
      .get();
    expect(indexed?.count).toBe(500);
    expect(outbox.due(59_999, 10)).toEqual([]);
    expect(outbox.nextDueAt()).toBe(60_000);
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

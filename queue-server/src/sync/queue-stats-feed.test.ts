import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type SqliteDatabase } from '../store/database';
import { createOutboxStore } from './outbox-store';
import { createQueueStatsFeed } from './queue-stats-feed';

const folders: string[] = [];
const databases: SqliteDatabase[] = [];
afterEach(() => {
  databases.splice(0).forEach((database) => database.close());
  folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true }));
});

const setUp = () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'openops-queue-stats-'));
  folders.push(folder);
  const database = openDatabase(path.join(folder, 'queue.sqlite'));
  databases.push(database);
  let now = Date.parse('2026-11-26T02:00:00.000Z');
  const feed = createQueueStatsFeed({
    database,
    agencyCode: () => '000.00.06.H56',
    timeZone: () => 'Asia/Ho_Chi_Minh',
    clock: () => new Date(now),
  });
  const later = (seconds: number): void => {
    now += seconds * 1000;
  };
  return { feed, later, outbox: createOutboxStore(database) };
};

describe('queue statistics for central monitoring', () => {
  it('keeps only the newest unsent snapshot', () => {
    const { feed, later, outbox } = setUp();
    expect(feed(300)).toBe(true);
    later(60);
    expect(feed(300)).toBe(false);
    later(240);
    expect(feed(300)).toBe(true);
    later(300);
    expect(feed(300)).toBe(true);
    expect(outbox.counts().pending).toBe(1);
    expect(outbox.due(Number.MAX_SAFE_INTEGER, 10)).toMatchObject([
      { kind: 'queue-stats', payload: { ThoiDiem: '20261126091000' } },
    ]);
  });

  it('leaves a parked snapshot for the supervisor, the newest waiting behind it', () => {
    const { feed, later, outbox } = setUp();
    feed(300);
    const [refused] = outbox.due(0, 10);
    if (!refused) throw new Error('a snapshot due');
    outbox.record(
      [{ id: refused.id, outcome: { kind: 'reject', reason: 'bad-request' }, nextAttemptAt: 0 }],
      '2026-11-26T02:00:01.000Z',
    );
    later(300);
    feed(300);
    later(300);
    feed(300);
    expect(outbox.counts()).toMatchObject({ pending: 1, parked: 1 });
    expect(outbox.unpark(refused.id)).toBe(true);
    expect(outbox.due(0, 10).map((record) => record.id)).toEqual([refused.id]);
    outbox.record(
      [{ id: refused.id, outcome: { kind: 'delivered', duplicate: false }, nextAttemptAt: 0 }],
      '2026-11-26T02:10:01.000Z',
    );
    expect(outbox.due(0, 10)).toMatchObject([{ payload: { ThoiDiem: '20261126091000' } }]);
  });
});

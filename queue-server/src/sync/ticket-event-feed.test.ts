import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type SqliteDatabase } from '../store/database';
import { createTicketRepository } from '../store/ticket-repository';
import { createOutboxStore } from './outbox-store';
import { createTicketEventFeed } from './ticket-event-feed';

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

const issue = (database: SqliteDatabase, count: number): void => {
  const tickets = createTicketRepository(database);
  for (let index = 0; index < count; index += 1) {
    tickets.issue(
      {
        businessDay: '2026-11-26',
        serviceId: 'ho-tich',
        issuedAt: new Date().toISOString(),
        issuedBy: 'kiosk-1',
      },
      (last) => ({ ok: true, sequence: last + 1, number: `A${String(last + 1).padStart(3, '0')}` }),
    );
  }
};

describe('ticket events into the outbox', () => {
  it('turns each committed event into exactly one record, across restarts', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'openops-feed-'));
    folders.push(folder);
    const file = path.join(folder, 'queue.sqlite');
    const first = openAt(file);
    issue(first, 3);
    const feed = createTicketEventFeed(first, () => '000.00.06.H56');
    expect(feed()).toBe(3);
    expect(feed()).toBe(0);
    issue(first, 2);
    first.close();

    const second = openAt(file);
    const again = createTicketEventFeed(second, () => '000.00.06.H56');
    expect(again()).toBe(2);
    expect(again()).toBe(0);
    const outbox = createOutboxStore(second);
    expect(outbox.counts().pending).toBe(5);
    const due = outbox.due(Date.now(), 10);
    expect(due.map((record) => record.kind)).toEqual(Array(5).fill('ticket-event'));
    expect(due[0]?.payload).toMatchObject({
      SoPhieu: 'A001',
      MaLinhVuc: 'ho-tich',
      LoaiSuKien: 'issued',
      MaCoQuan: '000.00.06.H56',
    });
    expect(new Set(due.map((record) => record.idempotencyKey)).size).toBe(5);
  });
});

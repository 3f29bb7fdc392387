import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SmsConfig } from '@openops/protocol';
import { openDatabase, type SqliteDatabase } from '../store/database';
import { createTicketRepository } from '../store/ticket-repository';
import { createOutboxStore } from '../sync/outbox-store';
import { createNotifier } from './notifier';

const folders: string[] = [];
const databases: SqliteDatabase[] = [];
afterEach(() => {
  databases.splice(0).forEach((database) => database.close());
  folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true }));
});

const sms: SmsConfig = { url: 'http://127.0.0.1:9/sms', sender: 'OpenOPS', placesBefore: 1 };
// 09:00 on 26 November 2026 in Hanoi.
const clock = (): Date => new Date('2026-11-26T02:00:00.000Z');

const setUp = (config: SmsConfig | null, peopleAhead?: (ticketId: string) => number | null) => {
  const folder = mkdtempSync(path.join(tmpdir(), 'openops-notifier-'));
  folders.push(folder);
  const database = openDatabase(path.join(folder, 'queue.sqlite'));
  databases.push(database);
  const tickets = createTicketRepository(database);
  const ids = [1, 2, 3].map((sequence) => {
    const issued = tickets.issue(
      {
        businessDay: '2026-11-26',
        serviceId: 'ho-tich',
        issuedAt: clock().toISOString(),
        issuedBy: null,
      },
      () => ({ ok: true, sequence, number: `A00${sequence}` }),
    );
    if (!issued.ok) throw new Error('not issued');
    return issued.ticket.id;
  });
  const notifier = createNotifier({
    database,
    sms: () => config,
    centreName: () => 'Trung tâm Phục vụ hành chính công phường Bến Nghé',
    timeZone: () => 'Asia/Ho_Chi_Minh',
    clock,
    ...(peopleAhead ? { peopleAhead } : {}),
  });
  return { tickets, ids, notifier, outbox: createOutboxStore(database) };
};

describe('SMS notifications', () => {
  it('texts an opted-in ticket once, when it comes near the front', () => {
    const { tickets, ids, notifier, outbox } = setUp(sms);
    const [first, second, third] = ids;
    if (!first || !second || !third) throw new Error('three tickets');
    expect(notifier.watchTicket(third, '0912345678')).toEqual({
      ok: true,
      data: { ticketId: third, placesBefore: 1 },
    });
    expect(notifier.checkQueue()).toBe(0); // two ahead
    tickets.markCalled(first, 'quay-1', null, clock().toISOString());
    expect(notifier.checkQueue()).toBe(1); // one ahead
    tickets.markCalled(second, 'quay-1', null, clock().toISOString());
    expect(notifier.checkQueue()).toBe(0); // already texted
    const [text] = outbox.due(Date.now(), 10);
    expect(text).toMatchObject({
      kind: 'sms',
      idempotencyKey: `ticket-near:${third}`,
      payload: { to: '0912345678', sender: 'OpenOPS' },
    });
    expect(JSON.stringify(text?.payload)).toContain(
      'Số A003 của Quý khách còn 1 lượt nữa đến quầy',
    );
  });

  it('counts a priority ticket in its own group and queue: it is texted though normal ones wait', () => {
    // The calling policy may put up to 3 normal calls before it; it is texted all the same.
    const { tickets, notifier, outbox } = setUp(sms, () => 3);
    const priority = tickets.issue(
      {
        businessDay: '2026-11-26',
        serviceId: 'ho-tich',
        issuedAt: clock().toISOString(),
        issuedBy: null,
        priorityCategoryId: 'nguoi-cao-tuoi',
      },
      () => ({ ok: true, sequence: 4, number: 'A004' }),
    );
    if (!priority.ok) throw new Error('not issued');
    notifier.watchTicket(priority.ticket.id, '0912345678');
    expect(notifier.checkQueue()).toBe(1);
    expect(JSON.stringify(outbox.due(Date.now(), 10)[0]?.payload)).toContain(
      'Số A004 của Quý khách là lượt tiếp theo',
    );
  });

  it('counts the people ahead as the kiosk told the citizen, when the queue says so', () => {
    // The calling policy puts priority tickets of the same queue ahead of A003 as well: the
    // kiosk said 4, so the text waits for that count, and says it.
    const ahead = { now: 4 };
    const { ids, notifier, outbox } = setUp(sms, () => ahead.now);
    const third = ids[2] ?? '';
    notifier.watchTicket(third, '0912345678');
    expect(notifier.checkQueue()).toBe(0); // its own group has 2 ahead, the policy 4
    ahead.now = 1;
    expect(notifier.checkQueue()).toBe(1);
    expect(JSON.stringify(outbox.due(Date.now(), 10)[0]?.payload)).toContain(
      'Số A003 của Quý khách còn 1 lượt nữa đến quầy',
    );
  });

  it('sends nothing for a ticket called before it came near', () => {
    const { tickets, ids, notifier, outbox } = setUp({ ...sms, placesBefore: 0 });
    const [, second] = ids;
    if (!second) throw new Error('tickets');
    notifier.watchTicket(second, '0912345678');
    tickets.markCalled(second, 'quay-1', null, clock().toISOString());
    expect(notifier.checkQueue()).toBe(0);
    expect(outbox.counts().pending).toBe(0);
  });

  it('sends each text on its own: one the gateway refused does not hold back the next to that phone', () => {
    const { tickets, ids, notifier, outbox } = setUp(sms);
    const [first, second, third] = ids;
    if (!first || !second || !third) throw new Error('three tickets');
    // One citizen holding two tickets (two services): the first text is refused and parked.
    notifier.watchTicket(second, '0912345678');
    expect(notifier.checkQueue()).toBe(1);
    const [refused] = outbox.due(Date.now(), 10);
    if (!refused) throw new Error('a text due');
    outbox.record(
      [{ id: refused.id, outcome: { kind: 'reject', reason: 'SMS HTTP 400' }, nextAttemptAt: 0 }],
      clock().toISOString(),
    );
    notifier.watchTicket(third, '0912345678');
    tickets.markCalled(first, 'quay-1', null, clock().toISOString());
    expect(notifier.checkQueue()).toBe(1);
    expect(outbox.due(Date.now(), 10)).toMatchObject([
      { kind: 'sms', payload: { to: '0912345678' } },
    ]);
  });

  it('refuses opt-in with a coded error when SMS is off or the ticket is unknown', () => {
    expect(setUp(null).notifier.watchTicket('x', '0912345678')).toMatchObject({
      ok: false,
      error: { code: 'notifications-disabled' },
    });
    expect(setUp(sms).notifier.watchTicket('khong-co', '0912345678')).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createAtomically, openDatabase } from './database';
import { createTicketRepository, type IssueDecision } from './ticket-repository';
import { formatTicketNumber, nextSequence } from '../domain/numbering';

const decideFor =
  (prefix: string, limit: number | null) =>
  (last: number): IssueDecision => {
    const next = nextSequence(last, limit);
    return next.ok
      ? { ok: true, sequence: next.sequence, number: formatTicketNumber(prefix, next.sequence) }
      : next;
  };

const folders: string[] = [];
const tempFolder = (): string => {
  const folder = mkdtempSync(path.join(tmpdir(), 'openops-repo-'));
  folders.push(folder);
  return folder;
};
afterEach(() =>
  folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })),
);

const ticketOn = (businessDay: string, serviceId = 'ho-tich') => ({
  businessDay,
  serviceId,
  issuedAt: new Date().toISOString(),
  issuedBy: 'kiosk-1',
});

describe('ticket repository', () => {
  it('continues numbering after the database is closed and reopened', () => {
    const file = path.join(tempFolder(), 'queue.sqlite');
    const first = openDatabase(file);
    const numbers = [1, 2, 3].map(() => {
      const result = createTicketRepository(first).issue(
        ticketOn('2026-11-26'),
        decideFor('A', null),
      );
      return result.ok ? result.ticket.number : 'refused';
    });
    first.close();
    const second = openDatabase(file);
    const after = createTicketRepository(second).issue(
      ticketOn('2026-11-26'),
      decideFor('A', null),
    );
    second.close();
    expect(numbers).toEqual(['A001', 'A002', 'A003']);
    expect(after.ok && after.ticket.number).toBe('A004');
  });

  it('numbers each service and each day on its own', () => {
    const repository = createTicketRepository(openDatabase(path.join(tempFolder(), 'q.sqlite')));
    const numberOf = (day: string, service: string, prefix: string): string => {
      const result = repository.issue(ticketOn(day, service), decideFor(prefix, null));
      return result.ok ? result.ticket.number : 'refused';
    };
    expect(numberOf('2026-11-26', 'ho-tich', 'A')).toBe('A001');
    expect(numberOf('2026-11-26', 'chung-thuc', 'B')).toBe('B001');
    expect(numberOf('2026-11-26', 'ho-tich', 'A')).toBe('A002');
    expect(numberOf('2026-11-27', 'ho-tich', 'A')).toBe('A001');
  });

  it('refuses past the daily limit without consuming a number', () => {
    const repository = createTicketRepository(openDatabase(path.join(tempFolder(), 'q.sqlite')));
    const decide = decideFor('C', 2);
    expect(repository.issue(ticketOn('2026-11-26'), decide).ok).toBe(true);
    expect(repository.issue(ticketOn('2026-11-26'), decide).ok).toBe(true);
    expect(repository.issue(ticketOn('2026-11-26'), decide)).toEqual({
      ok: false,
      reason: 'daily-limit-reached',
      limit: 2,
    });
    expect(repository.waitingByService('2026-11-26')).toEqual([{ serviceId: 'ho-tich', count: 2 }]);
  });

  it('calls the oldest waiting ticket once only', () => {
    const repository = createTicketRepository(openDatabase(path.join(tempFolder(), 'q.sqlite')));
    repository.issue(ticketOn('2026-11-26'), decideFor('A', null));
    const [oldest] = repository.waitingFor('2026-11-26', ['ho-tich'], 5);
    expect(oldest?.number).toBe('A001');
    const id = oldest?.id ?? '';
    expect(repository.markCalled(id, 'quay-1', 'officer', new Date().toISOString())?.state).toBe(
      'called',
    );
    expect(repository.markCalled(id, 'quay-2', 'officer', new Date().toISOString())).toBeNull();
  });

  it('counts what a counter may call: its services, less transfers elsewhere, plus transfers in', () => {
    const repository = createTicketRepository(openDatabase(path.join(tempFolder(), 'q.sqlite')));
    const day = '2026-11-26';
    const issue = (serviceId: string) => {
      const issued = repository.issue(ticketOn(day, serviceId), decideFor('A', null));
      if (!issued.ok) throw new Error('refused');
      return issued.ticket;
    };
    ['ho-tich', 'ho-tich', 'ho-tich', 'chung-thuc'].forEach(issue);
    const toOther = issue('ho-tich');
    const toUs = issue('dat-dai');
    const stamp = new Date().toISOString();
    const event = {
      type: 'transferred' as const,
      actor: 'officer',
      counterId: 'quay-9',
      at: stamp,
    };
    repository.change(toOther.id, ['waiting'], { target_counter_id: 'quay-2' }, event);
    repository.change(toUs.id, ['waiting'], { target_counter_id: 'quay-1' }, event);

    // quay-1 serves ho-tich: three of its own, not the one sent to quay-2, plus the land file sent to it.
    expect(repository.countWaitingFor(day, ['ho-tich'], 'quay-1')).toBe(4);
    expect(repository.countWaitingFor(day, ['ho-tich'], 'quay-2')).toBe(4);
    expect(repository.countWaitingFor(day, ['ho-tich', 'chung-thuc'], 'quay-3')).toBe(4);
    expect(repository.countWaitingFor('2026-11-27', ['ho-tich'], 'quay-1')).toBe(0);
    // Of those, transferred to the counter itself (what closing it would strand), per queue.
    expect(repository.transferredToByService(day, 'quay-1')).toEqual([
      { serviceId: 'dat-dai', count: 1 },
    ]);
    expect(repository.transferredToByService(day, 'quay-2')).toEqual([
      { serviceId: 'ho-tich', count: 1 },
    ]);
    expect(repository.transferredToByService(day, 'quay-3')).toEqual([]);
    expect(repository.transferredToByService('2026-11-27', 'quay-1')).toEqual([]);
    // In one service's queue: quay-2 may call the three untransferred and the one sent to it.
    expect(repository.countWaitingAtCounterIn(day, 'ho-tich', 'quay-2')).toBe(4);
    expect(repository.countWaitingAtCounterIn(day, 'ho-tich', 'quay-1')).toBe(3);
  });

  it("reads a counter's queue heads: each service's oldest normal and priority ticket, and transfers in", () => {
    const repository = createTicketRepository(openDatabase(path.join(tempFolder(), 'q.sqlite')));
    const day = '2026-11-26';
    const issue = (serviceId: string, prefix: string, priorityCategoryId?: string) => {
      const issued = repository.issue(
        { ...ticketOn(day, serviceId), ...(priorityCategoryId ? { priorityCategoryId } : {}) },
        decideFor(prefix, null),
      );
      if (!issued.ok) throw new Error('refused');
      return issued.ticket;
    };
    issue('ho-tich', 'A'); // A001, the civil-status head
    issue('ho-tich', 'A'); // A002, behind it
    issue('ho-tich', 'A', 'nguoi-cao-tuoi'); // A003, the priority head
    issue('ho-tich', 'A', 'nguoi-cao-tuoi'); // A004, behind it
    issue('chung-thuc', 'B'); // B001, the certification head
    const land = issue('dat-dai', 'C'); // C001, a service quay-1 does not serve
    const elsewhere = issue('chung-thuc', 'B'); // B002
    issue('dat-dai', 'C'); // C002, neither served nor transferred here
    const event = { type: 'transferred' as const, actor: 'officer', counterId: 'quay-9', at: '' };
    repository.change(land.id, ['waiting'], { target_counter_id: 'quay-1' }, event);
    repository.change(elsewhere.id, ['waiting'], { target_counter_id: 'quay-2' }, event);

    const numbers = (counterId: string, serviceIds: string[]) =>
      repository
        .queueHeads(day, serviceIds, counterId)
        .map((ticket) => ticket.number)
        .sort();
    expect(numbers('quay-1', ['ho-tich', 'chung-thuc'])).toEqual(['A001', 'A003', 'B001', 'C001']);
    // B002 was sent to quay-2: quay-1 does not see it; quay-2 sees it beside its queue's head.
    expect(numbers('quay-2', ['chung-thuc'])).toEqual(['B001', 'B002']);
    expect(numbers('quay-3', [])).toEqual([]);
    expect(numbers('quay-1', ['ho-tich'])).toEqual(['A001', 'A003', 'C001']);
  });

  it('counts and releases every ticket transferred to a counter, past the first screenful', () => {
    const repository = createTicketRepository(openDatabase(path.join(tempFolder(), 'q.sqlite')));
    const day = '2026-11-26';
    const event = {
      type: 'transferred' as const,
      actor: 'officer',
      counterId: 'quay-2',
      at: new Date().toISOString(),
    };
    for (let index = 0; index < 60; index += 1) {
      const issued = repository.issue(ticketOn(day, 'dat-dai'), decideFor('C', null));
      if (!issued.ok) throw new Error('refused');
      repository.change(issued.ticket.id, ['waiting'], { target_counter_id: 'quay-1' }, event);
    }
    // Sixty land files sent to a civil-status counter: each one counts, and closing frees each.
    expect(repository.countWaitingFor(day, ['ho-tich'], 'quay-1')).toBe(60);
    expect(repository.waitingTransferredTo(day, 'quay-1')).toHaveLength(60);
    expect(repository.transferredToByService(day, 'quay-1')).toEqual([
      { serviceId: 'dat-dai', count: 60 },
    ]);
    // The queue heads read behind each call stay bounded.
    expect(repository.queueHeads(day, ['ho-tich'], 'quay-1')).toHaveLength(50);
  });

  it('keeps a group count only while the caller vouches for every issue since', () => {
    const database = openDatabase(path.join(tempFolder(), 'q.sqlite'));
    const repository = createTicketRepository(database);
    const day = '2026-11-26';
    const normalsIn = (serviceId: string): number =>
      repository.countWaiting(day, serviceId, false, null);
    const issueCounted = (): void => {
      const before = normalsIn('ho-tich');
      if (!repository.issue(ticketOn(day), decideFor('A', null)).ok) throw new Error('refused');
      repository.issuedInto(day, 'ho-tich', false, before);
    };
    issueCounted();
    issueCounted();
    expect(normalsIn('ho-tich')).toBe(2);

    // Kept, not counted again: a write that bypasses the repository goes unseen.
    const bypass = database.prepare(`UPDATE tickets SET state = ? WHERE sequence = 1`);
    bypass.run('cancelled');
    expect(normalsIn('ho-tich')).toBe(2);
    bypass.run('waiting');

    // An issue nobody vouched for (its transaction might still roll back) is counted afresh.
    repository.issue(ticketOn(day), decideFor('A', null));
    expect(normalsIn('ho-tich')).toBe(3);

    // An issue into the other group leaves this group's kept count alone.
    bypass.run('cancelled');
    repository.issue(
      { ...ticketOn(day), priorityCategoryId: 'nguoi-cao-tuoi' },
      decideFor('A', null),
    );
    expect(normalsIn('ho-tich')).toBe(3);
    expect(repository.countWaiting(day, 'ho-tich', true, null)).toBe(1);
    bypass.run('waiting');

    // Any change of a ticket through the repository drops every kept count.
    issueCounted();
    expect(normalsIn('ho-tich')).toBe(4);
    const [head] = repository.waitingFor(day, ['ho-tich'], 1);
    repository.markCalled(head?.id ?? '', 'quay-1', 'officer', new Date().toISOString());
    expect(normalsIn('ho-tich')).toBe(3);
    expect(normalsIn('chung-thuc')).toBe(0);
  });

  it('counts the waiting tickets of a group placed before a ticket', () => {
    const repository = createTicketRepository(openDatabase(path.join(tempFolder(), 'q.sqlite')));
    const day = '2026-11-26';
    const issueAt = (minute: number, priority: boolean) => {
      const result = repository.issue(
        {
          ...ticketOn(day),
          issuedAt: new Date(Date.UTC(2026, 10, 26, 1, minute)).toISOString(),
          priorityCategoryId: priority ? 'nguoi-cao-tuoi' : null,
        },
        decideFor('A', null),
      );
      if (!result.ok) throw new Error('refused');
      return result.ticket;
    };
    // n p n n p, one a minute; two issued in the same minute are told apart by sequence.
    const tickets = [
      issueAt(0, false),
      issueAt(1, true),
      issueAt(2, false),
      issueAt(2, false),
      issueAt(4, true),
    ];
    const place = (index: number) => ({
      queuedAt: tickets[index]?.queuedAt ?? '',
      sequence: tickets[index]?.sequence ?? 0,
    });
    const before = (priority: boolean, index: number): number =>
      repository.countWaiting(day, 'ho-tich', priority, place(index));
    expect([0, 1, 2, 3, 4].map((index) => before(false, index))).toEqual([0, 1, 1, 2, 3]);
    expect([0, 1, 2, 3, 4].map((index) => before(true, index))).toEqual([0, 0, 1, 1, 1]);
    expect(repository.countWaiting(day, 'ho-tich', true, null)).toBe(2);
    expect(repository.countWaiting(day, 'chung-thuc', false, place(4))).toBe(0);

    // Only waiting tickets count.
    repository.markCalled(tickets[0]?.id ?? '', 'quay-1', 'officer', new Date().toISOString());
    expect(before(false, 4)).toBe(2);
  });

  it('issues inside an open transaction as part of it: a later failure takes the ticket back', () => {
    const database = openDatabase(path.join(tempFolder(), 'q.sqlite'));
    const repository = createTicketRepository(database);
    const atomically = createAtomically(database);
    expect(() =>
      atomically(() => {
        repository.issue(ticketOn('2026-11-26'), decideFor('A', null));
        throw new Error('the print job could not be stored');
      }),
    ).toThrow('print job');
    expect(repository.countIssued('2026-11-26')).toBe(0);
    const issued = atomically(() => repository.issue(ticketOn('2026-11-26'), decideFor('A', null)));
    expect(issued.ok && issued.ticket.number).toBe('A001');
    expect(database.inTransaction).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import type { Ticket } from '@openops/protocol';
import { demoCentre } from '../config/demo-centre';
import type { CentreConfig } from '../config/centre-config-schema';
import type { CentreConfigStore } from '../config/centre-config-store';
import { createAtomically, openDatabase } from '../store/database';
import { createTicketRepository, type TicketRepository } from '../store/ticket-repository';
import { createCounterRepository } from '../store/counter-repository';
import { createQueueService } from './queue-service';
import type { QueueChange } from './queue-changes';
import { demoActor, type Actor } from './actor';

const officer = (id: string): Actor => ({ id, mustHold: true, supervisor: false });
const [an, binh, cuong] = [officer('can-bo-1'), officer('can-bo-2'), officer('can-bo-3')];

/**
 * A demo centre's queue on an in-memory store, a minute later at each issue. `wrapTickets` lets
 * a test make the store fail part-way.
 */
const setUp = (
  changes: Partial<CentreConfig> = {},
  wrapTickets: (tickets: TicketRepository) => TicketRepository = (tickets) => tickets,
) => {
  const centre: CentreConfig = { ...structuredClone(demoCentre), ...changes };
  const config: CentreConfigStore = {
    filePath: 'memory',
    current: () => centre,
    update: async () => ({ ok: true, config: centre }),
  };
  const instant = { now: new Date('2026-11-26T02:00:00Z') };
  const database = openDatabase(':memory:');
  const tickets = createTicketRepository(database);
  const queue = createQueueService({
    config,
    tickets: wrapTickets(tickets),
    counters: createCounterRepository(database),
    atomically: createAtomically(database),
    clock: () => instant.now,
  });
  const later = () => {
    instant.now = new Date(instant.now.getTime() + 60_000);
    return instant.now.toISOString();
  };
  const issue = (serviceId: string): Ticket => {
    later();
    const issued = queue.issueTicket(serviceId, 'kiosk-1');
    if (!issued.ok) throw new Error(issued.error.message);
    return issued.data.ticket;
  };
  const ops = queue.counterOps;
  const viewOf = (counterId: string) => {
    const view = ops.view(counterId);
    if (!view.ok) throw new Error(view.error.message);
    return view.data;
  };
  const heard: QueueChange[] = [];
  queue.changes.subscribe((change) => heard.push(change));
  return { queue, tickets, ops, issue, later, viewOf, heard };
};

/**
 * What closing a counter does to the citizens around it, as the counter's close dialog tells
 * the officer: refused while a ticket is at the counter; the queue is left as it is, except
 * that tickets transferred to this counter itself go back to their service's queue for the
 * other counters. A transfer to a closed counter is refused.
 */
describe('closing a counter', () => {
  it('is refused with a ticket at it, and puts tickets transferred to it back in their queue', () => {
    const { queue, tickets, ops, issue, later, viewOf, heard } = setUp();
    const [first, second, third] = [issue('ho-tich'), issue('ho-tich'), issue('ho-tich')];
    expect(ops.open('quay-1', an).ok).toBe(true);
    expect(ops.open('quay-2', binh).ok).toBe(true);

    // Quầy 2 sends A001 to quầy 1 itself: quầy 2 may no longer call it.
    expect(ops.callTicket('quay-2', first?.id ?? '', binh).ok).toBe(true);
    expect(ops.transfer('quay-2', { toCounterId: 'quay-1' }, binh).ok).toBe(true);
    expect(viewOf('quay-1')).toMatchObject({ waitingCount: 3, transferredHereCount: 1 });
    expect(viewOf('quay-2')).toMatchObject({ waitingCount: 2, transferredHereCount: 0 });

    // A citizen at the counter: closing is refused, the counter stays open.
    expect(ops.callTicket('quay-1', second?.id ?? '', an).ok).toBe(true);
    expect(ops.close('quay-1', an)).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringContaining('A002') },
    });
    expect(viewOf('quay-1').state).toBe('open');
    expect(tickets.byId(first?.id ?? '')?.targetCounterId).toBe('quay-1');

    // Served: the counter closes, and A001 goes back to the civil-status queue, in its place.
    expect(ops.finish('quay-1', an).ok).toBe(true);
    heard.length = 0;
    const closedAt = later();
    expect(ops.close('quay-1', an).ok).toBe(true);
    expect(viewOf('quay-1')).toMatchObject({ state: 'closed', transferredHereCount: 0 });
    expect(tickets.byId(first?.id ?? '')).toMatchObject({
      state: 'waiting',
      serviceId: 'ho-tich',
      targetCounterId: null,
      // `transferKeepsPlace`: the place it had before the transfer, not the end of the queue.
      queuedAt: first?.issuedAt,
    });
    expect(queue.ticketWithEvents(first?.id ?? '')).toMatchObject({
      ok: true,
      data: {
        events: expect.arrayContaining([
          {
            type: 'returned',
            actor: 'can-bo-1',
            counterId: 'quay-1',
            at: closedAt,
            detail: 'trả về hàng chờ của dịch vụ khi Quầy 1 đóng',
          },
        ]),
      },
    });
    // Every counter's list and the displays hear of it, not only the closed counter.
    expect(heard).toEqual(
      expect.arrayContaining([
        { kind: 'queue-changed' },
        { kind: 'counter-changed', counterId: 'quay-1' },
      ]),
    );
    expect(viewOf('quay-2')).toMatchObject({ waitingCount: 2 });
    expect(viewOf('quay-2').waiting.map((ticket) => ticket.number)).toEqual([
      first?.number,
      third?.number,
    ]);

    // Quầy 2 calls it next (its place is before A003), and by number too.
    const next = ops.callNext('quay-2', binh);
    expect(next.ok && next.data.ticketNumber).toBe(first?.number);
    expect(ops.returnToQueue('quay-2', binh).ok).toBe(true);
    expect(ops.callTicket('quay-2', first?.id ?? '', binh).ok).toBe(true);
  });

  it('keeps the place a transfer gave when transfers do not keep the arrival place', () => {
    const { tickets, ops, issue, later } = setUp({
      queuePolicy: { ...demoCentre.queuePolicy, transferKeepsPlace: false },
    });
    const moving = issue('ho-tich');
    const before = issue('ho-tich');
    expect(ops.open('quay-1', an).ok).toBe(true);
    expect(ops.open('quay-2', binh).ok).toBe(true);
    expect(ops.callTicket('quay-2', moving.id, binh).ok).toBe(true);
    const transferredAt = later();
    expect(ops.transfer('quay-2', { toCounterId: 'quay-1' }, binh).ok).toBe(true);
    // Issued after the transfer and before the close: behind the transferred citizen.
    const after = issue('ho-tich');
    later();
    expect(ops.close('quay-1', an).ok).toBe(true);
    // Behind those who came before the transfer, ahead of those after it: not the close time.
    expect(tickets.byId(moving.id)?.queuedAt).toBe(transferredAt);
    const calls = [1, 2, 3].map(() => {
      const call = ops.callNext('quay-2', binh);
      return call.ok ? call.data.ticketNumber : call.error.code;
    });
    expect(calls).toEqual([before.number, moving.number, after.number]);
  });

  it('is undone, tickets and all, when putting one back fails', () => {
    const failing = { on: false };
    const { tickets, ops, issue, viewOf } = setUp({}, (store) => ({
      ...store,
      change: (ticketId, from, changes, event) => {
        if (failing.on && event.type === 'returned') throw new Error('disk full');
        return store.change(ticketId, from, changes, event);
      },
    }));
    const [first, second] = [issue('ho-tich'), issue('ho-tich')];
    expect(ops.open('quay-1', an).ok).toBe(true);
    expect(ops.open('quay-2', binh).ok).toBe(true);
    for (const ticket of [first, second]) {
      expect(ops.callTicket('quay-2', ticket.id, binh).ok).toBe(true);
      expect(ops.transfer('quay-2', { toCounterId: 'quay-1' }, binh).ok).toBe(true);
    }
    failing.on = true;
    expect(() => ops.close('quay-1', an)).toThrow('disk full');
    expect(viewOf('quay-1')).toMatchObject({
      state: 'open',
      heldBy: 'can-bo-1',
      transferredHereCount: 2,
    });
    expect(tickets.byId(first.id)?.targetCounterId).toBe('quay-1');
  });
});

describe('transferring to a counter', () => {
  it('is refused when the counter is closed, accepted when it is paused', () => {
    const { tickets, ops, issue, viewOf, heard } = setUp();
    const [first, second] = [issue('chung-thuc'), issue('chung-thuc')];
    expect(ops.open('quay-2', binh).ok).toBe(true);
    expect(ops.callTicket('quay-2', first.id, binh).ok).toBe(true);

    // Quầy 3 was never opened today: closed, and quầy 2's transfer dialog marks it so.
    expect(viewOf('quay-2').closedCounterIds).toEqual(['quay-1', 'quay-3', 'quay-4']);
    const closedMessage =
      'Quầy 3 đang đóng, không thể chuyển phiếu đến quầy này (Quầy 3 is closed: tickets cannot be transferred to it)';
    expect(ops.transfer('quay-2', { toCounterId: 'quay-3', note: 'cần ký' }, binh)).toEqual({
      ok: false,
      error: {
        code: 'counter-closed',
        message: closedMessage,
        issues: [{ path: 'toCounterId', message: closedMessage }],
      },
    });
    // Nothing moved: the citizen is still at quầy 2.
    expect(viewOf('quay-2').current?.number).toBe(first.number);

    // Open, then closed again at the end of a shift: still refused.
    expect(ops.open('quay-3', cuong).ok).toBe(true);
    expect(ops.close('quay-3', cuong).ok).toBe(true);
    expect(ops.transfer('quay-2', { toCounterId: 'quay-3' }, binh)).toMatchObject({
      ok: false,
      error: { code: 'counter-closed' },
    });

    // Paused for a break: its officer comes back and calls the citizen. Closed, then paused,
    // quầy 3 is named closed no more, and quầy 2 hears of each change.
    expect(ops.open('quay-3', cuong).ok).toBe(true);
    expect(ops.close('quay-3', cuong).ok).toBe(true);
    expect(ops.open('quay-3', cuong).ok).toBe(true);
    expect(ops.pause('quay-3', 'Nghỉ giải lao', cuong).ok).toBe(true);
    heard.length = 0;
    expect(ops.close('quay-3', cuong).ok).toBe(true);
    expect(heard).toContainEqual({ kind: 'counter-changed', counterId: 'quay-2' });
    expect(viewOf('quay-2').closedCounterIds).toEqual(['quay-1', 'quay-3', 'quay-4']);
    heard.length = 0;
    expect(ops.open('quay-3', cuong).ok).toBe(true);
    expect(heard).toContainEqual({ kind: 'counter-changed', counterId: 'quay-2' });
    expect(ops.pause('quay-3', 'Nghỉ giải lao', cuong).ok).toBe(true);
    expect(viewOf('quay-2').closedCounterIds).toEqual(['quay-1', 'quay-4']);
    expect(ops.transfer('quay-2', { toCounterId: 'quay-3' }, binh).ok).toBe(true);
    expect(tickets.byId(first.id)?.targetCounterId).toBe('quay-3');
    expect(ops.open('quay-3', cuong).ok).toBe(true);
    const resumed = ops.callNext('quay-3', cuong);
    expect(resumed.ok && resumed.data.ticketNumber).toBe(first.number);

    // A transfer to a service only (any counter) is unaffected by closed counters.
    expect(ops.callTicket('quay-2', second.id, binh).ok).toBe(true);
    expect(ops.transfer('quay-2', { toServiceId: 'dat-dai' }, binh).ok).toBe(true);
  });
});

/**
 * The close dialog says whether another counter will call the citizens left behind: the view
 * names the services no other open or paused counter serves, and is sent again when another
 * counter opens or closes.
 */
describe('services no other counter serves', () => {
  it('are named in the view, with their citizens, and follow the other counters', () => {
    const { ops, issue, viewOf, heard } = setUp();
    const [first] = [issue('ho-tich'), issue('ho-tich'), issue('ho-tich')];
    const sent = issue('chung-thuc');
    expect(ops.open('quay-1', an).ok).toBe(true);
    // Quầy 1 alone serves civil status.
    expect(viewOf('quay-1').servicesOnlyHere).toEqual([
      { serviceId: 'ho-tich', waiting: 3, transferredHere: 0 },
    ]);

    // Quầy 2 opens: quầy 1's view is sent again, and civil status is covered.
    heard.length = 0;
    expect(ops.open('quay-2', binh).ok).toBe(true);
    expect(heard).toContainEqual({ kind: 'counter-changed', counterId: 'quay-1' });
    expect(viewOf('quay-1').servicesOnlyHere).toEqual([]);

    // A certification ticket sent to quầy 1 itself (a service quầy 1 does not serve), and one
    // civil-status ticket sent to quầy 2 (no longer quầy 1's to call).
    expect(ops.callTicket('quay-2', sent.id, binh).ok).toBe(true);
    expect(ops.transfer('quay-2', { toCounterId: 'quay-1' }, binh).ok).toBe(true);
    expect(ops.callTicket('quay-2', first?.id ?? '', binh).ok).toBe(true);
    heard.length = 0;
    expect(ops.pause('quay-2', 'Họp', binh).ok).toBe(true);
    // Paused, quầy 2 calls nobody until its meeting ends, which may take the afternoon: quầy 1's
    // close dialog must not promise that another counter will call them.
    expect(heard).toContainEqual({ kind: 'counter-changed', counterId: 'quay-1' });
    expect(viewOf('quay-1').servicesOnlyHere).toEqual([
      { serviceId: 'ho-tich', waiting: 2, transferredHere: 0 },
      { serviceId: 'chung-thuc', waiting: 1, transferredHere: 1 },
    ]);
    expect(ops.open('quay-2', binh).ok).toBe(true);
    expect(viewOf('quay-1').servicesOnlyHere).toEqual([]);
    expect(ops.transfer('quay-2', { toCounterId: 'quay-1' }, binh).ok).toBe(true);

    // Quầy 2 closes: nobody else serves either queue, and quầy 1 hears of it.
    heard.length = 0;
    expect(ops.close('quay-2', binh).ok).toBe(true);
    expect(heard).toContainEqual({ kind: 'counter-changed', counterId: 'quay-1' });
    expect(viewOf('quay-1')).toMatchObject({
      waitingCount: 4,
      transferredHereCount: 2,
      servicesOnlyHere: [
        { serviceId: 'ho-tich', waiting: 3, transferredHere: 1 },
        { serviceId: 'chung-thuc', waiting: 1, transferredHere: 1 },
      ],
    });

    // Quầy 3 opens: certification is covered again; civil status is still quầy 1's alone.
    expect(ops.open('quay-3', cuong).ok).toBe(true);
    expect(viewOf('quay-1').servicesOnlyHere).toEqual([
      { serviceId: 'ho-tich', waiting: 3, transferredHere: 1 },
    ]);
    // A change that neither starts nor ends calling, nor receiving transfers (a paused counter
    // paused again, for another reason), is quầy 3's alone.
    expect(ops.pause('quay-3', 'Nghỉ giải lao', cuong).ok).toBe(true);
    heard.length = 0;
    expect(ops.pause('quay-3', 'Họp giao ban', cuong).ok).toBe(true);
    expect(heard).toEqual([{ kind: 'counter-changed', counterId: 'quay-3' }]);
  });
});

/**
 * Callers that need not hold a counter (demo clients, REST without sign-in) call at a counter
 * without opening it first: the counter opens, held by nobody, so it receives transfers like
 * any counter calling citizens, and an officer may still take it.
 */
describe('a counter worked without being opened', () => {
  it('is open, receives transfers, and is free for an officer', () => {
    const { ops, issue, viewOf, heard } = setUp();
    const [moving] = [issue('chung-thuc'), issue('chung-thuc'), issue('chung-thuc')];
    expect(ops.open('quay-2', binh).ok).toBe(true);
    expect(ops.callTicket('quay-2', moving.id, binh).ok).toBe(true);

    heard.length = 0;
    expect(ops.callNext('quay-3', demoActor(null)).ok).toBe(true);
    expect(viewOf('quay-3')).toMatchObject({ state: 'open', heldBy: null });
    // Quầy 2 hears that certification now has another counter.
    expect(heard).toContainEqual({ kind: 'counter-changed', counterId: 'quay-2' });

    // Calling citizens, it is no closed counter: a transfer to it goes through.
    expect(ops.transfer('quay-2', { toCounterId: 'quay-3' }, binh).ok).toBe(true);
    expect(viewOf('quay-3')).toMatchObject({ transferredHereCount: 1 });

    // Held by nobody: its officer takes it without being told another holds it.
    expect(ops.open('quay-3', cuong)).toMatchObject({ ok: true, data: { heldBy: 'can-bo-3' } });
    expect(ops.finish('quay-3', cuong).ok).toBe(true);
    const next = ops.callNext('quay-3', cuong);
    expect(next.ok && next.data.ticketNumber).toBe(moving.number);
  });

  it('stays closed when the call is refused', () => {
    const { ops, issue, viewOf, heard } = setUp();
    const waiting = issue('ho-tich');
    // Nobody waits for Quầy 3's services, and Quầy 3 does not serve civil status.
    expect(ops.callNext('quay-3', demoActor(null))).toMatchObject({
      ok: false,
      error: { code: 'no-ticket-waiting' },
    });
    expect(ops.callTicket('quay-3', waiting.id, demoActor(null))).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(ops.recall('quay-3', demoActor(null)).ok).toBe(false);
    expect(viewOf('quay-3')).toMatchObject({ state: 'closed', heldBy: null });
    expect(heard).not.toContainEqual({ kind: 'counter-changed', counterId: 'quay-3' });
  });
});

/**
 * An officer who signed out holding a counter (signing out does not close it) leaves it to
 * nobody: only he could work it. A supervisor releases it: the citizen at it goes back to the
 * queue at the place he had, the counter closes, and another officer opens it.
 */
describe('releasing a counter', () => {
  const supervisor: Actor = { id: 'giam-sat', mustHold: true, supervisor: true };

  it('puts the citizen at it back in the queue in his place and closes it for another officer', () => {
    const { queue, tickets, ops, issue, later, viewOf } = setUp();
    const [first, second] = [issue('ho-tich'), issue('ho-tich')];
    expect(ops.open('quay-1', an).ok).toBe(true);
    expect(ops.callNext('quay-1', an).ok).toBe(true);
    expect(ops.start('quay-1', an).ok).toBe(true);
    // Bình cannot take over, nor end the citizen's turn.
    expect(ops.open('quay-1', binh)).toMatchObject({ ok: false, error: { code: 'counter-busy' } });
    expect(ops.release('quay-1', binh)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(tickets.byId(first.id)?.state).toBe('serving');

    const releasedAt = later();
    const released = ops.release('quay-1', supervisor);
    expect(released).toMatchObject({
      ok: true,
      data: { counter: { state: 'closed', heldBy: null }, returned: [{ number: first.number }] },
    });
    expect(tickets.byId(first.id)).toMatchObject({
      state: 'waiting',
      counterId: null,
      servingStartedAt: null,
      queuedAt: first.issuedAt,
    });
    expect(queue.ticketWithEvents(first.id)).toMatchObject({
      ok: true,
      data: {
        events: expect.arrayContaining([
          {
            type: 'returned',
            actor: 'giam-sat',
            counterId: 'quay-1',
            at: releasedAt,
            detail: 'giải phóng quầy',
          },
        ]),
      },
    });
    expect(viewOf('quay-1').state).toBe('closed');

    // Bình opens it, and calls the citizen again first: his place is before A002.
    expect(ops.open('quay-1', binh).ok).toBe(true);
    const next = ops.callNext('quay-1', binh);
    expect(next.ok && next.data.ticketNumber).toBe(first.number);
    expect(second.state).toBe('waiting');
  });

  it('answers a closed counter with nothing returned, and an unknown one as not found', () => {
    const { ops } = setUp();
    expect(ops.release('quay-3', supervisor)).toMatchObject({
      ok: true,
      data: { counter: { state: 'closed' }, returned: [] },
    });
    expect(ops.release('quay-99', supervisor)).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });
});

describe('transferring a ticket', () => {
  it('is refused when it would change nothing: the same service and no counter', () => {
    const { tickets, ops, issue } = setUp();
    const ticket = issue('ho-tich');
    expect(ops.open('quay-1', an).ok).toBe(true);
    expect(ops.callNext('quay-1', an).ok).toBe(true);
    const same = ops.transfer('quay-1', { toServiceId: 'ho-tich' }, an);
    expect(same).toMatchObject({
      ok: false,
      error: { code: 'bad-request', issues: [{ path: 'toServiceId' }] },
    });
    expect(tickets.byId(ticket.id)).toMatchObject({ state: 'called', counterId: 'quay-1' });
    // To the same service at another counter is a real transfer.
    expect(ops.open('quay-2', binh).ok).toBe(true);
    expect(ops.transfer('quay-1', { toServiceId: 'ho-tich', toCounterId: 'quay-2' }, an).ok).toBe(
      true,
    );
  });
});

describe('transferring to a service no counter serves', () => {
  it('is refused unless a counter is named to take it', () => {
    const { tickets, ops, issue } = setUp({
      counters: demoCentre.counters.map((counter) => ({
        ...counter,
        serviceIds: counter.serviceIds.filter((id) => id !== 'dat-dai'),
      })),
    });
    const ticket = issue('ho-tich');
    expect(ops.open('quay-1', an).ok).toBe(true);
    expect(ops.callNext('quay-1', an).ok).toBe(true);
    expect(ops.transfer('quay-1', { toServiceId: 'dat-dai' }, an)).toMatchObject({
      ok: false,
      error: {
        code: 'bad-request',
        issues: [{ path: 'toServiceId', message: expect.stringContaining('Chưa có quầy nào') }],
      },
    });
    expect(tickets.byId(ticket.id)?.state).toBe('called');
    // Named to a counter, it waits there and that counter calls it.
    expect(ops.open('quay-2', binh).ok).toBe(true);
    expect(ops.transfer('quay-1', { toServiceId: 'dat-dai', toCounterId: 'quay-2' }, an).ok).toBe(
      true,
    );
  });
});

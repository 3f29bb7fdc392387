import { describe, expect, it } from 'vitest';
import type { Call, Counter, CounterView, Ticket } from '@openops/protocol';
import { emptyFeed } from './use-counter-feed';
import { workspaceView } from './workspace-view';

const counter: Counter = { id: 'c1', number: 1, name: 'Quầy 1', serviceIds: ['s1'], zone: 'z1' };

const call: Call = {
  ticketId: 't1',
  ticketNumber: 'A001',
  serviceId: 's1',
  counterId: 'c1',
  counterNumber: 1,
  counterName: 'Quầy 1',
  calledAt: '2026-11-26T03:00:00.000Z',
  recall: false,
};

const serving: Ticket = {
  id: 't2',
  number: 'A002',
  serviceId: 's1',
  businessDay: '2026-11-26',
  sequence: 2,
  state: 'serving',
  issuedAt: '2026-11-26T02:50:00.000Z',
  issuedBy: null,
  counterId: 'c1',
  calledAt: '2026-11-26T03:05:00.000Z',
  servingStartedAt: '2026-11-26T03:06:00.000Z',
};

describe('working screen view', () => {
  it('counts the waiting of its own services until the counter view arrives', () => {
    const view = workspaceView(
      {
        ...emptyFeed,
        lastCall: call,
        summary: {
          businessDay: '2026-11-26',
          waiting: [
            { serviceId: 's1', count: 3 },
            { serviceId: 's2', count: 7 },
          ],
          numbersUsedUp: [],
          notIssuingNow: [],
        },
      },
      counter,
    );
    expect(view).toMatchObject({
      waitingCount: 3,
      state: 'open',
      current: null,
      currentNumber: 'A001',
      currentTicketId: 't1',
      since: call.calledAt,
      phase: 'called',
    });
  });

  it('offers transfers on their own only to services a counter serves, this one included', () => {
    const service = (id: string, prefix: string) => ({
      id,
      name: id,
      nameEn: id,
      prefix,
      dailyLimit: null,
    });
    const view = workspaceView(
      {
        ...emptyFeed,
        snapshot: {
          centre: { name: 'Trung tâm', nameEn: 'Centre', timeZone: 'Asia/Ho_Chi_Minh' },
          services: [service('s1', 'A'), service('s2', 'B'), service('s3', 'C')],
          counters: [counter, { ...counter, id: 'c2', number: 2, serviceIds: ['s2'] }],
        },
      },
      counter,
    );
    expect(view.services.map((entry) => entry.id)).toEqual(['s1', 's2', 's3']);
    expect(view.transferServices.map((entry) => entry.id)).toEqual(['s1', 's2']);
  });

  it('follows the server view, timing from the serving start', () => {
    const counterView: CounterView = {
      counterId: 'c1',
      state: 'paused',
      reason: 'Họp',
      heldBy: 'o1',
      since: '2026-11-26T03:00:00.000Z',
      current: serving,
      waiting: [],
      waitingCount: 5,
      at: '2026-11-26T03:06:30.000Z',
    };
    const view = workspaceView({ ...emptyFeed, lastCall: call, view: counterView }, counter);
    expect(view).toMatchObject({
      waitingCount: 5,
      state: 'paused',
      reason: 'Họp',
      currentNumber: 'A002',
      currentTicketId: 't2',
      since: serving.servingStartedAt,
      phase: 'serving',
    });
  });

  it('shows a call until a view read after it arrives, and nothing once that view has no ticket', () => {
    const viewAt = (at: string, current: Ticket | null): CounterView => ({
      counterId: 'c1',
      state: 'open',
      reason: null,
      heldBy: 'o1',
      since: '2026-11-26T02:00:00.000Z',
      current,
      waiting: [],
      waitingCount: 0,
      at,
    });
    const calledNow = {
      ...call,
      ticketId: 't3',
      ticketNumber: 'A003',
      calledAt: '2026-11-26T03:10:00.000Z',
    };
    // The view was read before the call: the call stands in for the current ticket.
    const before = workspaceView(
      { ...emptyFeed, lastCall: calledNow, view: viewAt('2026-11-26T03:09:59.000Z', serving) },
      counter,
    );
    expect(before).toMatchObject({
      currentNumber: 'A003',
      currentTicketId: 't3',
      current: null,
      phase: 'called',
    });
    // Read after the call and finished since: no ticket at the counter, no timer.
    const finished = workspaceView(
      { ...emptyFeed, lastCall: calledNow, view: viewAt('2026-11-26T03:15:00.000Z', null) },
      counter,
    );
    expect(finished).toMatchObject({
      currentNumber: null,
      currentTicketId: null,
      since: null,
      phase: null,
    });
    // Read after the call, the ticket still called: the view tells, and it is still a call.
    const stillCalled = workspaceView(
      {
        ...emptyFeed,
        lastCall: calledNow,
        view: viewAt('2026-11-26T03:11:00.000Z', {
          ...serving,
          id: 't3',
          number: 'A003',
          state: 'called',
          calledAt: calledNow.calledAt,
          servingStartedAt: null,
        }),
      },
      counter,
    );
    expect(stillCalled).toMatchObject({
      currentTicketId: 't3',
      since: calledNow.calledAt,
      phase: 'called',
    });
  });

  it('shows how a transferred ticket came here, from its call until the next one', () => {
    const transfer = {
      ticketId: 't3',
      fromCounterId: 'c2',
      fromCounterName: 'Quầy 2',
      at: '2026-11-26T03:08:00.000Z',
      note: 'Cần chứng thực bản sao giấy khai sinh',
    };
    const waitingView: CounterView = {
      counterId: 'c1',
      state: 'open',
      reason: null,
      heldBy: 'o1',
      since: '2026-11-26T02:00:00.000Z',
      current: null,
      waiting: [{ ...serving, id: 't3', number: 'A003', state: 'waiting' }],
      waitingCount: 1,
      at: '2026-11-26T03:09:00.000Z',
      transfers: [transfer],
    };
    const listed = workspaceView({ ...emptyFeed, view: waitingView }, counter);
    expect(listed).toMatchObject({ currentTransfer: null, transfers: [transfer] });
    // The call's reply comes before the view that has the ticket at the counter.
    const called = workspaceView(
      {
        ...emptyFeed,
        view: waitingView,
        lastCall: {
          ...call,
          ticketId: 't3',
          ticketNumber: 'A003',
          calledAt: '2026-11-26T03:10:00.000Z',
        },
      },
      counter,
    );
    expect(called.currentTransfer).toEqual(transfer);
    // A server from before transfers were sent: nothing to show, nothing breaks.
    const older: CounterView = { ...waitingView, transfers: undefined };
    expect(workspaceView({ ...emptyFeed, view: older }, counter)).toMatchObject({
      currentTransfer: null,
      transfers: [],
    });
  });

  it('names the service and priority group of the ticket at the counter, from the call on', () => {
    const elderly: Ticket = {
      ...serving,
      id: 't4',
      number: 'A004',
      state: 'waiting',
      priorityCategoryId: 'nguoi-cao-tuoi',
      servingStartedAt: null,
      calledAt: null,
    };
    const waitingView: CounterView = {
      counterId: 'c1',
      state: 'open',
      reason: null,
      heldBy: 'o1',
      since: '2026-11-26T02:00:00.000Z',
      current: null,
      waiting: [elderly],
      waitingCount: 1,
      at: '2026-11-26T03:09:00.000Z',
    };
    const calledNow = {
      ...call,
      ticketId: 't4',
      ticketNumber: 'A004',
      calledAt: '2026-11-26T03:10:00.000Z',
    };
    // The call's reply names no priority: the list it was called from does.
    expect(
      workspaceView({ ...emptyFeed, view: waitingView, lastCall: calledNow }, counter),
    ).toMatchObject({ currentServiceId: 's1', currentPriorityCategoryId: 'nguoi-cao-tuoi' });
    // Then the counter's view has it at the counter.
    const atCounter: CounterView = {
      ...waitingView,
      current: { ...elderly, state: 'called', calledAt: calledNow.calledAt },
      waiting: [],
      at: '2026-11-26T03:10:01.000Z',
    };
    expect(
      workspaceView({ ...emptyFeed, view: atCounter, lastCall: calledNow }, counter),
    ).toMatchObject({ currentServiceId: 's1', currentPriorityCategoryId: 'nguoi-cao-tuoi' });
    // Nobody at the counter: nothing to name.
    expect(workspaceView({ ...emptyFeed, view: waitingView }, counter)).toMatchObject({
      currentServiceId: null,
      currentPriorityCategoryId: null,
    });
  });

  it('lets a ticket this screen ended leave at the reply, before the view without it', () => {
    const servingView: CounterView = {
      counterId: 'c1',
      state: 'open',
      reason: null,
      heldBy: 'o1',
      since: '2026-11-26T02:00:00.000Z',
      current: serving,
      waiting: [],
      waitingCount: 0,
      at: '2026-11-26T03:07:00.000Z',
    };
    // Transferred (or finished, marked absent, returned): the view still says it is here.
    expect(
      workspaceView({ ...emptyFeed, view: servingView, endedTicketId: 't2' }, counter),
    ).toMatchObject({ currentNumber: null, currentTicketId: null, phase: null });
    // Called and ended before any view came: the call no longer stands in for it either.
    expect(
      workspaceView({ ...emptyFeed, lastCall: call, endedTicketId: 't1' }, counter),
    ).toMatchObject({ currentNumber: null, currentTicketId: null, phase: null });
    // Another ticket is untouched.
    expect(
      workspaceView({ ...emptyFeed, view: servingView, endedTicketId: 't9' }, counter),
    ).toMatchObject({ currentNumber: 'A002', phase: 'serving' });
  });
});

import {
  fail,
  ok,
  type Call,
  type CallingPolicy,
  type Counter,
  type CounterStatus,
  type CounterView,
  type Reply,
  type Ticket,
} from '@openops/protocol';
import type { CentreConfigStore } from '../config/centre-config-store';
import type { CentreConfig } from '../config/centre-config-schema';
import { chooseNextTicket, recentCallsNeeded, type QueueHead } from '../domain/calling-policy';
import { actionSources, nextTicketState, type TicketAction } from '../domain/ticket-lifecycle';
import type { TicketChanges, TicketRepository } from '../store/ticket-repository';
import type { CounterRepository } from '../store/counter-repository';
import type { QueueChanges } from './queue-changes';
import type { Actor } from './actor';

type Deps = {
  config: CentreConfigStore;
  tickets: TicketRepository;
  counters: CounterRepository;
  clock: () => Date;
  today: () => string;
  atomically: <T>(work: () => T) => T;
  changes: QueueChanges;
  toCall: (ticket: Ticket, recall: boolean) => Call | null;
  policy: () => CallingPolicy;
};

/**
 * Waiting tickets a counter's view lists: a screenful, since the view goes to the counter on
 * every change of its queue (the view also carries the full count).
 */
export const counterViewLength = 20;

const actionWords: Record<TicketAction, string> = {
  call: 'gọi',
  recall: 'gọi lại',
  start: 'bắt đầu phục vụ',
  finish: 'hoàn thành',
  'no-show': 'vắng mặt',
  transfer: 'chuyển',
  return: 'trả về hàng chờ',
  cancel: 'hủy',
};

const officerName = (config: CentreConfig, id: string): string =>
  (config.officers ?? []).find((officer) => officer.id === id)?.name ?? id;

/** Counter states and every action on tickets at a counter. */
export const createCounterOps = (deps: Deps) => {
  const { config, tickets, counters, clock, today, atomically, changes, toCall } = deps;
  const counterById = (counterId: string): Counter | undefined =>
    config.current().counters.find((candidate) => candidate.id === counterId);

  const status = (counter: Counter): CounterStatus => {
    const stored = counters.get(counter.id);
    return {
      counterId: counter.id,
      state: stored?.state ?? 'closed',
      reason: stored?.reason ?? null,
      heldBy: stored?.state === 'closed' ? null : (stored?.heldBy ?? null),
      since: stored?.since ?? new Date(0).toISOString(),
      current: tickets.currentAt(counter.id, today()),
    };
  };

  const view = (counterId: string): Reply<CounterView> => {
    const counter = counterById(counterId);
    if (!counter) return fail('not-found', `Không có quầy "${counterId}" (no such counter)`);
    const day = today();
    const waiting = [
      ...tickets.waitingFor(day, counter.serviceIds, counterViewLength),
      ...tickets.queueHeads(day, [], counter.id),
    ]
      .filter((ticket) => !ticket.targetCounterId || ticket.targetCounterId === counter.id)
      .sort((a, b) => a.issuedAt.localeCompare(b.issuedAt) || a.sequence - b.sequence)
      .slice(0, counterViewLength);
    return ok({
      ...status(counter),
      waiting,
      waitingCount: tickets.countWaitingFor(day, counter.serviceIds, counter.id),
    });
  };

  const openFor = (counter: Counter, actor: Actor): Reply<CounterStatus> => {
    const others = counters.heldBy(actor.id).filter((held) => held.counterId !== counter.id);
    if (actor.mustHold && others[0]) {
      return fail(
        'counter-busy',
        `Bạn đang phụ trách quầy "${others[0].counterId}"; hãy đóng quầy đó trước (close your other counter first)`,
      );
    }
    counters.save({
      counterId: counter.id,
      state: 'open',
      reason: null,
      heldBy: actor.id,
      since: clock().toISOString(),
    });
    changes.emit({ kind: 'counter-changed', counterId: counter.id });
    return ok(status(counter));
  };

  /**
   * Checks an actor may work a counter: one officer per counter at a time, only counters the
   * officer is assigned to, no calls while paused. A free counter opens for the officer.
   * Demo clients (no sign-in) skip holding, so the walking skeleton works without accounts.
   */
  const gate = (counterId: string, actor: Actor, intent: 'call' | 'work'): Reply<Counter> => {
    const counter = counterById(counterId);
    if (!counter) return fail('not-found', `Không có quầy "${counterId}" (no such counter)`);
    if (!actor.mustHold) return ok(counter);
    if (actor.counterIds && !actor.counterIds.includes(counter.id)) {
      return fail(
        'forbidden',
        `Bạn không được phân công quầy này (not assigned to ${counter.name})`,
      );
    }
    const stored = counters.get(counter.id);
    const held = stored && stored.state !== 'closed' ? stored.heldBy : null;
    if (held && held !== actor.id) {
      return fail(
        'counter-busy',
        `${counter.name} đang do ${officerName(config.current(), held)} phụ trách (counter held by another officer)`,
      );
    }
    if (!held) {
      const opened = openFor(counter, actor);
      if (!opened.ok) return opened;
    } else if (stored?.state === 'paused' && intent === 'call') {
      return fail(
        'counter-paused',
        `${counter.name} đang tạm dừng${stored.reason ? `: ${stored.reason}` : ''} (counter paused)`,
      );
    }
    return ok(counter);
  };

  const stamp = () => clock().toISOString();

  /** Ends the counter's current ticket when a new one is called: served, so done. */
  const finishCurrent = (counter: Counter, actor: Actor, at: string): void => {
    const current = tickets.currentAt(counter.id, today());
    if (!current) return;
    tickets.change(
      current.id,
      actionSources('finish'),
      { state: 'done', finished_at: at },
      {
        type: 'done',
        actor: actor.id,
        counterId: counter.id,
        at,
        detail: 'kết thúc khi gọi số mới',
      },
    );
  };

  const markCalled = (ticketId: string, counter: Counter, actor: Actor): Ticket | null => {
    const at = stamp();
    finishCurrent(counter, actor, at);
    return tickets.change(
      ticketId,
      ['waiting'],
      {
        state: 'called',
        counter_id: counter.id,
        called_at: at,
        officer_id: actor.id,
        target_counter_id: null,
      },
      { type: 'called', actor: actor.id, counterId: counter.id, at },
    );
  };

  const announce = (ticket: Ticket, recall: boolean): Reply<Call> => {
    const call = toCall(ticket, recall);
    if (!call) return fail('internal', 'Không tạo được lượt gọi (call could not be built)');
    changes.emit({ kind: 'call', call });
    changes.emit({ kind: 'queue-changed' });
    changes.emit({ kind: 'counter-changed', counterId: call.counterId });
    return ok(call);
  };

  const toHead = (ticket: Ticket): QueueHead => ({
    ticketId: ticket.id,
    serviceId: ticket.serviceId,
    priority: Boolean(ticket.priorityCategoryId),
    queuedAt: Date.parse(ticket.issuedAt),
    sequence: ticket.sequence,
  });

  const callNext = (counterId: string, actor: Actor): Reply<Call> => {
    const gated = gate(counterId, actor, 'call');
    if (!gated.ok) return gated;
    const counter = gated.data;
    const called = atomically(() => {
      const day = today();
      const heads = tickets.queueHeads(day, counter.serviceIds, counter.id);
      const policy = deps.policy();
      const chosen = chooseNextTicket({
        heads: heads.map((ticket) => ({ ...toHead(ticket), queuedAt: queuedAtOf(ticket) })),
        weights: counter.weights ?? {},
        recentCalls: tickets.recentCallsAt(counter.id, day, recentCallsNeeded(policy)),
        policy,
      });
      return chosen ? markCalled(chosen, counter, actor) : null;
    });
    if (!called) {
      return fail(
        'no-ticket-waiting',
        'Không còn công dân nào đang chờ cho quầy này (nobody is waiting for this counter)',
      );
    }
    return announce(called, false);
  };

  /** A ticket's place in its queue: kept across transfers by policy, arrival otherwise. */
  const queuedAtOf = (ticket: Ticket): number => Date.parse(ticket.queuedAt ?? ticket.issuedAt);

  const callTicket = (counterId: string, ticketId: string, actor: Actor): Reply<Call> => {
    const gated = gate(counterId, actor, 'call');
    if (!gated.ok) return gated;
    const counter = gated.data;
    const ticket = tickets.byId(ticketId);
    if (!ticket || ticket.businessDay !== today()) {
      return fail('not-found', 'Không có phiếu này trong ngày (no such ticket today)');
    }
    if (ticket.state !== 'waiting') {
      return fail(
        'invalid-transition',
        `Phiếu ${ticket.number} không còn chờ (ticket is not waiting)`,
      );
    }
    if (ticket.targetCounterId && ticket.targetCounterId !== counter.id) {
      return fail(
        'conflict',
        `Phiếu ${ticket.number} đã được chuyển cho quầy khác (transferred to another counter)`,
      );
    }
    if (!ticket.targetCounterId && !counter.serviceIds.includes(ticket.serviceId)) {
      return fail(
        'forbidden',
        `${counter.name} không phục vụ dịch vụ của phiếu này (counter does not serve it)`,
      );
    }
    const called = atomically(() => markCalled(ticket.id, counter, actor));
    if (!called) return fail('invalid-transition', 'Phiếu vừa được quầy khác gọi (already called)');
    return announce(called, false);
  };

  /** Applies an action to the counter's current ticket. */
  const onCurrent = (
    counterId: string,
    actor: Actor,
    action: TicketAction,
    build: (ticket: Ticket, at: string) => Reply<{ changes: TicketChanges; detail?: string }>,
  ): Reply<Ticket> => {
    const gated = gate(counterId, actor, 'work');
    if (!gated.ok) return gated;
    const counter = gated.data;
    const current = tickets.currentAt(counter.id, today());
    if (!current)
      return fail('no-current-ticket', `${counter.name} chưa gọi số nào (no current ticket)`);
    if (nextTicketState(current.state, action) === null) {
      return fail(
        'invalid-transition',
        `Không thể ${actionWords[action]} phiếu ${current.number} đang ở trạng thái "${current.state}" (not allowed now)`,
      );
    }
    const at = stamp();
    const built = build(current, at);
    if (!built.ok) return built;
    const eventType = (
      {
        call: 'called',
        recall: 'recalled',
        start: 'serving',
        finish: 'done',
        'no-show': 'no-show',
        transfer: 'transferred',
        return: 'returned',
        cancel: 'cancelled',
      } as const
    )[action];
    const changed = tickets.change(current.id, actionSources(action), built.data.changes, {
      type: eventType,
      actor: actor.id,
      counterId: counter.id,
      at,
      detail: built.data.detail ?? null,
    });
    if (!changed)
      return fail('invalid-transition', 'Phiếu vừa thay đổi, hãy thử lại (changed meanwhile)');
    changes.emit({ kind: 'queue-changed' });
    changes.emit({ kind: 'counter-changed', counterId: counter.id });
    return ok(changed);
  };

  const keepPlace = (ticket: Ticket, keep: boolean | undefined, at: string): string =>
    keep === false ? at : (ticket.queuedAt ?? ticket.issuedAt);

  const recall = (counterId: string, actor: Actor): Reply<Call> => {
    const done = onCurrent(counterId, actor, 'recall', () => ok({ changes: {} }));
    if (!done.ok) return done;
    return announce(done.data, true);
  };

  const start = (counterId: string, actor: Actor): Reply<Ticket> =>
    onCurrent(counterId, actor, 'start', (_ticket, at) =>
      ok({ changes: { state: 'serving', serving_started_at: at } }),
    );

  const finish = (counterId: string, actor: Actor): Reply<Ticket> =>
    onCurrent(counterId, actor, 'finish', (_ticket, at) =>
      ok({ changes: { state: 'done', finished_at: at } }),
    );

  const noShow = (counterId: string, actor: Actor): Reply<Ticket> =>
    onCurrent(counterId, actor, 'no-show', (_ticket, at) =>
      ok({ changes: { state: 'no-show', finished_at: at } }),
    );

  const returnToQueue = (counterId: string, actor: Actor): Reply<Ticket> =>
    onCurrent(counterId, actor, 'return', (ticket, at) =>
      ok({
        changes: {
          state: 'waiting',
          counter_id: null,
          serving_started_at: null,
          target_counter_id: null,
          queued_at: keepPlace(ticket, config.current().queuePolicy?.returnKeepsPlace, at),
        },
      }),
    );

  const transfer = (
    counterId: string,
    target: {
      toServiceId?: string | undefined;
      toCounterId?: string | undefined;
      note?: string | undefined;
    },
    actor: Actor,
  ): Reply<Ticket> => {
    const centre = config.current();
    if (
      target.toServiceId &&
      !centre.services.some((service) => service.id === target.toServiceId)
    ) {
      return fail('not-found', `Không có dịch vụ "${target.toServiceId}" (no such service)`);
    }
    const toCounter = target.toCounterId ? counterById(target.toCounterId) : undefined;
    if (target.toCounterId && !toCounter) {
      return fail('not-found', `Không có quầy "${target.toCounterId}" (no such counter)`);
    }
    if (toCounter?.id === counterId) {
      return fail(
        'bad-request',
        'Không thể chuyển cho chính quầy này (cannot transfer to the same counter)',
      );
    }
    const reply = onCurrent(counterId, actor, 'transfer', (ticket, at) => {
      const toServiceId = target.toServiceId ?? ticket.serviceId;
      return ok({
        changes: {
          state: 'waiting',
          counter_id: null,
          serving_started_at: null,
          queue_service_id: toServiceId,
          target_counter_id: toCounter?.id ?? null,
          queued_at: keepPlace(ticket, centre.queuePolicy?.transferKeepsPlace, at),
        },
        detail: `→ ${[
          toServiceId !== ticket.serviceId ? `dịch vụ ${toServiceId}` : null,
          toCounter ? toCounter.name : null,
        ]
          .filter(Boolean)
          .join(', ')}${target.note ? ` — ${target.note}` : ''}`,
      });
    });
    if (reply.ok && toCounter) changes.emit({ kind: 'counter-changed', counterId: toCounter.id });
    return reply;
  };

  const cancel = (ticketId: string, reason: string | undefined, actor: Actor): Reply<Ticket> => {
    const ticket = tickets.byId(ticketId);
    if (!ticket) return fail('not-found', 'Không có phiếu này (no such ticket)');
    if (nextTicketState(ticket.state, 'cancel') === null) {
      return fail(
        'invalid-transition',
        `Không thể hủy phiếu ${ticket.number} ở trạng thái "${ticket.state}" (cannot cancel now)`,
      );
    }
    const at = stamp();
    const changed = tickets.change(
      ticket.id,
      actionSources('cancel'),
      { state: 'cancelled', finished_at: at },
      {
        type: 'cancelled',
        actor: actor.id,
        counterId: ticket.counterId,
        at,
        detail: reason ?? null,
      },
    );
    if (!changed)
      return fail('invalid-transition', 'Phiếu vừa thay đổi, hãy thử lại (changed meanwhile)');
    changes.emit({ kind: 'queue-changed' });
    if (ticket.counterId) changes.emit({ kind: 'counter-changed', counterId: ticket.counterId });
    return ok(changed);
  };

  const open = (counterId: string, actor: Actor): Reply<CounterStatus> => {
    const counter = counterById(counterId);
    if (!counter) return fail('not-found', `Không có quầy "${counterId}" (no such counter)`);
    const gated = gate(counterId, actor, 'work');
    if (!gated.ok) return gated;
    return openFor(counter, actor);
  };

  const holderOnly = (counterId: string, actor: Actor): Reply<Counter> => {
    const counter = counterById(counterId);
    if (!counter) return fail('not-found', `Không có quầy "${counterId}" (no such counter)`);
    const stored = counters.get(counterId);
    if (!stored || stored.state === 'closed') {
      return fail('conflict', `${counter.name} đang đóng (counter is closed)`);
    }
    if (actor.mustHold && stored.heldBy !== actor.id && !actor.supervisor) {
      return fail(
        'counter-busy',
        `${counter.name} do người khác phụ trách (held by another officer)`,
      );
    }
    return ok(counter);
  };

  const pause = (counterId: string, reason: string, actor: Actor): Reply<CounterStatus> => {
    const checked = holderOnly(counterId, actor);
    if (!checked.ok) return checked;
    const stored = counters.get(counterId);
    counters.save({
      counterId,
      state: 'paused',
      reason,
      heldBy: stored?.heldBy ?? actor.id,
      since: stamp(),
    });
    changes.emit({ kind: 'counter-changed', counterId });
    return ok(status(checked.data));
  };

  const close = (counterId: string, actor: Actor): Reply<CounterStatus> => {
    const checked = holderOnly(counterId, actor);
    if (!checked.ok) return checked;
    const current = tickets.currentAt(counterId, today());
    if (current) {
      return fail(
        'conflict',
        `Hãy hoàn thành, chuyển hoặc trả phiếu ${current.number} trước khi đóng quầy (finish the current ticket first)`,
      );
    }
    counters.save({ counterId, state: 'closed', reason: null, heldBy: null, since: stamp() });
    changes.emit({ kind: 'counter-changed', counterId });
    return ok(status(checked.data));
  };

  return {
    view,
    open,
    pause,
    close,
    callNext,
    callTicket,
    recall,
    start,
    finish,
    noShow,
    returnToQueue,
    transfer,
    cancel,
  };
};

export type CounterOps = ReturnType<typeof createCounterOps>;

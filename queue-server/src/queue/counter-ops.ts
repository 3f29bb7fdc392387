import {
  fail,
  ok,
  servesService,
  type Call,
  type CallingPolicy,
  type Counter,
  type CounterRelease,
  type Reply,
  type Ticket,
} from '@openops/protocol';
import { createLogger } from '@openops/protocol/logger';
import { chooseNextTicket, recentCallsNeeded, type QueueHead } from '../domain/calling-policy';
import {
  actionSources,
  nextTicketState,
  ticketStateWords,
  type TicketAction,
} from '../domain/ticket-lifecycle';
import type { TicketChanges } from '../store/ticket-repository';
import type { Actor } from './actor';
import { createCounterStates, type CounterStatesDeps } from './counter-states';
import { createRecentCallMemory } from './recent-call-memory';

const log = createLogger('queue');

type Deps = CounterStatesDeps & {
  /** For calls: committed without waiting for the disk, so the displays hear them first. */
  callAtomically: <T>(work: () => T) => T;
  toCall: (ticket: Ticket, recall: boolean) => Call | null;
  policy: () => CallingPolicy;
};

const actionWords: Record<TicketAction, string> = {
  call: 'gọi',
  recall: 'gọi lại',
  start: 'bắt đầu phục vụ',
  finish: 'hoàn thành',
  'no-show': 'ghi vắng mặt',
  transfer: 'chuyển',
  return: 'trả về hàng chờ',
  cancel: 'hủy',
};

/** Every action on tickets at a counter: calls, serving, transfers, cancellation. */
export const createCounterOps = (deps: Deps) => {
  const { config, tickets, clock, today, atomically, callAtomically, changes, toCall } = deps;
  const { counterById, status, gate, openUnheld, view, open, pause, close, transferTarget } =
    createCounterStates(deps);

  const stamp = () => clock().toISOString();
  const recentCalls = createRecentCallMemory(tickets.recentCallsAt);

  /**
   * Ends what the counter served before `called`: done. It runs after the call is announced,
   * in a transaction of its own that the officer's answer also waits for, so the displays
   * hear the call one step sooner. Every other ticket at the counter is ended, so one left
   * behind by a crash between the two commits goes at the next call.
   */
  const finishPrevious = (counter: Counter, actor: Actor, called: Ticket): void => {
    const at = called.calledAt ?? stamp();
    callAtomically(() =>
      tickets
        .activeAt(counter.id, called.businessDay)
        .filter((ticket) => ticket.id !== called.id)
        .forEach((previous) =>
          tickets.change(
            previous.id,
            actionSources('finish'),
            { state: 'done', finished_at: at },
            {
              type: 'done',
              actor: actor.id,
              counterId: counter.id,
              at,
              detail: 'kết thúc khi gọi số mới',
            },
          ),
        ),
    );
  };

  const markCalled = (ticketId: string, counter: Counter, actor: Actor): Ticket | null => {
    const at = stamp();
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

  /**
   * Runs a call in one transaction. A caller that holds no counter opens a closed one with the
   * call, not before it (see `openUnheld`): the state is announced once committed.
   */
  const committedCall = (
    counter: Counter,
    actor: Actor,
    work: () => Ticket | null,
  ): Ticket | null => {
    let announceOpened = (): void => undefined;
    const called = callAtomically(() => {
      const ticket = work();
      if (ticket && !actor.mustHold) announceOpened = openUnheld(counter);
      return ticket;
    });
    announceOpened();
    return called;
  };

  /**
   * Sends a committed call to the displays first; `afterBroadcast` (ending the counter's
   * previous ticket) runs next, before the pushes and caches that follow every change, so
   * they see its writes too.
   */
  const announce = (
    ticket: Ticket,
    recall: boolean,
    afterBroadcast: () => void = () => undefined,
  ): Reply<Call> => {
    if (!recall && ticket.counterId) {
      recentCalls.remember(ticket.counterId, ticket.businessDay, {
        serviceId: ticket.serviceId,
        priority: Boolean(ticket.priorityCategoryId),
      });
    }
    const call = toCall(ticket, recall);
    if (!call) {
      afterBroadcast();
      return fail('internal', 'Không tạo được lượt gọi (call could not be built)');
    }
    changes.emit({ kind: 'call', call });
    afterBroadcast();
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
    const called = committedCall(counter, actor, () => {
      const day = today();
      const heads = tickets.queueHeads(day, counter.serviceIds, counter.id);
      const policy = deps.policy();
      const chosen = chooseNextTicket({
        heads: heads.map((ticket) => ({ ...toHead(ticket), queuedAt: queuedAtOf(ticket) })),
        weights: counter.weights ?? {},
        recentCalls: recentCalls.of(counter.id, day, recentCallsNeeded(policy)),
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
    return announceThenFinish(called, counter, actor);
  };

  const announceThenFinish = (called: Ticket, counter: Counter, actor: Actor): Reply<Call> =>
    announce(called, false, () => {
      try {
        finishPrevious(counter, actor, called);
      } catch (error) {
        // The call stands (it is stored and announced); the next call ends what is left.
        log.error('previous ticket not ended after a call', {
          counterId: counter.id,
          error: (error as Error).message,
        });
      }
    });

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
    const called = committedCall(counter, actor, () => markCalled(ticket.id, counter, actor));
    if (!called) return fail('invalid-transition', 'Phiếu vừa được quầy khác gọi (already called)');
    return announceThenFinish(called, counter, actor);
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
        `Không thể ${actionWords[action]}: phiếu ${current.number} ${ticketStateWords[current.state].vi} (ticket ${ticketStateWords[current.state].en})`,
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

  const backInQueue = (ticket: Ticket, at: string): TicketChanges => ({
    state: 'waiting',
    counter_id: null,
    serving_started_at: null,
    target_counter_id: null,
    queued_at: keepPlace(ticket, config.current().queuePolicy?.returnKeepsPlace, at),
  });

  const returnToQueue = (counterId: string, actor: Actor): Reply<Ticket> =>
    onCurrent(counterId, actor, 'return', (ticket, at) => ok({ changes: backInQueue(ticket, at) }));

  /**
   * Frees a counter its officer can no longer work (signed out while holding it, gone home):
   * the citizens at it go back to their queue as a return does, and the counter closes, so
   * another officer can open it. Supervisors only; each ticket's event names who did it.
   */
  const release = (counterId: string, actor: Actor): Reply<CounterRelease> => {
    if (!actor.supervisor) {
      return fail(
        'forbidden',
        'Chỉ giám sát viên mới giải phóng được quầy (only a supervisor can release a counter)',
      );
    }
    const counter = counterById(counterId);
    if (!counter) return fail('not-found', `Không có quầy "${counterId}" (no such counter)`);
    const at = stamp();
    const returned = atomically(() =>
      tickets.activeAt(counter.id, today()).flatMap((ticket) => {
        const changed = tickets.change(
          ticket.id,
          actionSources('return'),
          backInQueue(ticket, at),
          {
            type: 'returned',
            actor: actor.id,
            counterId: counter.id,
            at,
            detail: 'giải phóng quầy',
          },
        );
        return changed ? [changed] : [];
      }),
    );
    if (returned.length > 0) {
      log.info('counter released: tickets back in their queues', {
        counterId,
        by: actor.id,
        tickets: returned.map((ticket) => ticket.number),
      });
      changes.emit({ kind: 'queue-changed' });
      changes.emit({ kind: 'counter-changed', counterId });
    }
    const closed = close(counterId, actor);
    if (closed.ok) return ok({ counter: closed.data, returned });
    // Already closed: nothing else to free.
    const now = status(counter);
    return now.state === 'closed' ? ok({ counter: now, returned }) : closed;
  };

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
    const checkedCounter = target.toCounterId
      ? transferTarget(counterId, target.toCounterId)
      : null;
    if (checkedCounter && !checkedCounter.ok) return checkedCounter;
    const toCounter = checkedCounter?.data;
    const reply = onCurrent(counterId, actor, 'transfer', (ticket, at) => {
      const toServiceId = target.toServiceId ?? ticket.serviceId;
      if (!toCounter && !servesService(centre.counters, toServiceId)) {
        // It would wait all day: no counter calls that service (a counter named takes it).
        const message = `Chưa có quầy nào phục vụ dịch vụ này: chọn dịch vụ khác, hoặc chọn quầy nhận (no counter serves this service)`;
        return fail('bad-request', message, [{ path: 'toServiceId', message }]);
      }
      if (!toCounter && toServiceId === ticket.serviceId) {
        // Nothing would change but the record: "return to queue" is that action.
        const message = `Phiếu ${ticket.number} đã thuộc dịch vụ này: chọn dịch vụ hoặc quầy khác, hoặc trả về hàng chờ (already in this service)`;
        return fail('bad-request', message, [{ path: 'toServiceId', message }]);
      }
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
        `Không thể hủy: phiếu ${ticket.number} ${ticketStateWords[ticket.state].vi} (ticket ${ticketStateWords[ticket.state].en})`,
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
    release,
    transfer,
    cancel,
  };
};

export type CounterOps = ReturnType<typeof createCounterOps>;

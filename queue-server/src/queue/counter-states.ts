import {
  fail,
  ok,
  type Counter,
  type CounterStateName,
  type CounterStatus,
  type CounterView,
  type Reply,
} from '@openops/protocol';
import { createLogger } from '@openops/protocol/logger';
import type { CentreConfigStore } from '../config/centre-config-store';
import type { CentreConfig } from '../config/centre-config-schema';
import type { TicketRepository } from '../store/ticket-repository';
import type { CounterRepository } from '../store/counter-repository';
import type { QueueChanges } from './queue-changes';
import { receivesTransfers } from '../domain/counter-transfers';
import { callsNow } from '../domain/counter-coverage';
import type { Actor } from './actor';
import { transferNotes } from './transfer-notes';
import { releaseTransfersTo } from './transfer-release';
import { servicesOnlyHere } from './services-only-here';

export type CounterStatesDeps = {
  config: CentreConfigStore;
  tickets: TicketRepository;
  counters: CounterRepository;
  clock: () => Date;
  today: () => string;
  changes: QueueChanges;
  /** Runs `work` in one transaction, committed to the disk before it returns. */
  atomically: <T>(work: () => T) => T;
};

/**
 * Waiting tickets a counter's view lists: a screenful, since the view goes to the counter on
 * every change of its queue (the view also carries the full count).
 */
export const counterViewLength = 20;

const log = createLogger('queue');

const officerName = (config: CentreConfig, id: string): string =>
  (config.officers ?? []).find((officer) => officer.id === id)?.name ?? id;

/**
 * Counters themselves: open, paused (with a reason) or closed, who holds each (one officer per
 * counter), what a counter sees, and the check every action at a counter passes first.
 */
export const createCounterStates = ({
  config,
  tickets,
  counters,
  clock,
  today,
  changes,
  atomically,
}: CounterStatesDeps) => {
  const counterById = (counterId: string): Counter | undefined =>
    config.current().counters.find((candidate) => candidate.id === counterId);

  /** A counter's stored state; one never opened is closed. */
  const stateOf = (counterId: string): CounterStateName =>
    counters.get(counterId)?.state ?? 'closed';

  /**
   * Tells live clients that a counter's state changed, from `before`. When the counter starts or
   * stops calling (it opens, pauses, resumes or closes), or receiving transfers (it closes, or
   * opens from closed), the other counters' views change too: each says which of its
   * services no other counter calls now (`servicesOnlyHere`, read in the close dialog) and which
   * counters are closed (`closedCounterIds`, marked in the transfer dialog), and an officer may
   * be reading either dialog at that moment.
   */
  const announceState = (counterId: string, before: CounterStateName): void => {
    changes.emit({ kind: 'counter-changed', counterId });
    const after = stateOf(counterId);
    if (
      callsNow(before) === callsNow(after) &&
      receivesTransfers(before) === receivesTransfers(after)
    )
      return;
    config
      .current()
      .counters.filter((other) => other.id !== counterId)
      .forEach((other) => changes.emit({ kind: 'counter-changed', counterId: other.id }));
  };

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
    // A ticket transferred to this counter and to one of its services is in both reads: it is
    // listed once (keyed by id), or Alt+n would count it twice.
    const listed = new Map(
      [
        ...tickets.waitingFor(day, counter.serviceIds, counterViewLength),
        ...tickets.queueHeads(day, [], counter.id),
      ].map((ticket) => [ticket.id, ticket]),
    );
    const waiting = [...listed.values()]
      .filter((ticket) => !ticket.targetCounterId || ticket.targetCounterId === counter.id)
      .sort((a, b) => a.issuedAt.localeCompare(b.issuedAt) || a.sequence - b.sequence)
      .slice(0, counterViewLength);
    const seen = status(counter);
    const transferredHere = tickets.transferredToByService(day, counter.id);
    return ok({
      ...seen,
      waiting,
      waitingCount: tickets.countWaitingFor(day, counter.serviceIds, counter.id),
      // Closing the counter puts these back in their service's queue: the officer is told.
      transferredHereCount: transferredHere.reduce((sum, entry) => sum + entry.count, 0),
      // ...and whether another counter will call them, or the citizens waiting for its services.
      servicesOnlyHere: servicesOnlyHere({
        counter,
        counters: config.current().counters,
        stateOf,
        tickets,
        businessDay: day,
        transferredHere,
      }),
      at: clock().toISOString(),
      closedCounterIds: config
        .current()
        .counters.filter(
          (other) => other.id !== counter.id && !receivesTransfers(stateOf(other.id)),
        )
        .map((other) => other.id),
      // The officer receiving a transferred citizen sees from where and why, not only the number.
      transfers: transferNotes(
        seen.current ? [seen.current, ...waiting] : waiting,
        (ticketId) => tickets.eventsOf(ticketId),
        (id) => counterById(id)?.name ?? null,
      ),
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
    const before = stateOf(counter.id);
    counters.save({
      counterId: counter.id,
      state: 'open',
      reason: null,
      heldBy: actor.id,
      since: clock().toISOString(),
    });
    announceState(counter.id, before);
    return ok(status(counter));
  };

  /**
   * A caller that need not hold a counter (an anonymous demo client, REST without sign-in) works
   * a closed counter: it is opened, held by nobody. It calls citizens, so every reader of its
   * state must see it open: a transfer to it is accepted (`transferTarget`), the floor shows it
   * open, the other counters count it as serving its services, the wait estimate counts it. Held
   * by nobody, since such callers never hold a counter: an officer who signs in to it later takes
   * it as a free counter rather than being refused as if another officer held it. (Accepting
   * transfers to a closed counter with a ticket at it instead would refuse them again the moment
   * that ticket ended, and the floor would still show the counter closed.) A paused or open
   * counter is left as it is. Only a call that succeeds opens it, in the call's own transaction:
   * a refused call (nobody waiting, an unknown ticket) leaves a closed counter closed. Returns
   * the announcement to make once that transaction has committed.
   */
  const openUnheld = (counter: Counter): (() => void) => {
    const before = stateOf(counter.id);
    if (before !== 'closed') return () => undefined;
    counters.save({
      counterId: counter.id,
      state: 'open',
      reason: null,
      heldBy: null,
      since: clock().toISOString(),
    });
    return () => announceState(counter.id, before);
  };

  /**
   * Checks an actor may work a counter: one officer per counter at a time, only counters the
   * officer is assigned to, no calls while paused. A free counter opens for the officer.
   * Demo clients (no sign-in) skip holding, so the walking skeleton works without accounts; a
   * closed counter they call at opens with the call (see `openUnheld`).
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
    announceState(counterId, stored?.state ?? 'closed');
    return ok(status(checked.data));
  };

  /**
   * Closes the counter. The tickets transferred to it are put back in their service's queue in
   * the same transaction (see `releaseTransfersTo`): a closed counter calls nobody, and no other
   * counter may call a ticket marked for it.
   */
  const close = (counterId: string, actor: Actor): Reply<CounterStatus> => {
    const checked = holderOnly(counterId, actor);
    if (!checked.ok) return checked;
    const counter = checked.data;
    const current = tickets.currentAt(counterId, today());
    if (current) {
      return fail(
        'conflict',
        `Hãy hoàn thành, chuyển hoặc trả phiếu ${current.number} trước khi đóng quầy (finish the current ticket first)`,
      );
    }
    const at = stamp();
    const before = stateOf(counterId);
    const released = atomically(() => {
      counters.save({ counterId, state: 'closed', reason: null, heldBy: null, since: at });
      return releaseTransfersTo(tickets, counter, today(), actor, at);
    });
    if (released.length > 0) {
      log.info('tickets transferred to a closed counter put back in their queues', {
        counterId,
        tickets: released.map((ticket) => ticket.number),
      });
      // The other counters' lists now hold them.
      changes.emit({ kind: 'queue-changed' });
    }
    announceState(counterId, before);
    return ok(status(counter));
  };

  /**
   * The counter a ticket at `fromCounterId` may be transferred to, to wait for it alone: refused
   * when there is no such counter, when it is the same counter, or when it is closed (a paused
   * one is accepted, see `receivesTransfers`). A closed counter's refusal names the dialog's
   * counter field, so the counter app shows it beside the choice.
   */
  const transferTarget = (fromCounterId: string, toCounterId: string): Reply<Counter> => {
    const counter = counterById(toCounterId);
    if (!counter) return fail('not-found', `Không có quầy "${toCounterId}" (no such counter)`);
    if (counter.id === fromCounterId) {
      return fail(
        'bad-request',
        'Không thể chuyển cho chính quầy này (cannot transfer to the same counter)',
      );
    }
    // Never opened is closed, as `status` says. A counter worked by callers that hold none is
    // open too (see `openUnheld`): one calling citizens is never refused as closed.
    if (!receivesTransfers(stateOf(counter.id))) {
      const message = `${counter.name} đang đóng, không thể chuyển phiếu đến quầy này (${counter.name} is closed: tickets cannot be transferred to it)`;
      return fail('counter-closed', message, [{ path: 'toCounterId', message }]);
    }
    return ok(counter);
  };

  return { counterById, status, view, gate, openUnheld, open, pause, close, transferTarget };
};

export type CounterStates = ReturnType<typeof createCounterStates>;

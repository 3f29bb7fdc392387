import type { SmsMessage, SyncConfig } from '@openops/protocol';
import { smsMessageSchema } from '@openops/protocol';
import { createLogger } from '@openops/protocol/logger';
import { deliverToBackend } from './backend-client';
import { routeOf, type Route } from './backend-router';
import { retryDelayMs } from './backoff';
import type { DeliveryOutcome, HttpFetch } from './delivery-outcome';
import type { AttemptResult, OutboxStore, PendingRecord } from './outbox-store';
import { createReceiverPauses, type ReceiverGate, type ReceiverRound } from './receiver-pauses';
import type { HealthNote, SyncHealth, SyncHealthStore } from './sync-health-store';
import { problemWith, syncProblems } from './sync-problems';
import type { SmsGateway } from '../notifications/sms-gateway';

const log = createLogger('sync-worker');

/** Records taken per round, per unit of concurrency. */
const roundFactor = 8;
/** How long the worker sleeps with nothing due, unless woken. Default 1000 ms. */
const idlePollMs = 1000;
/** The SMS gateway as a receiver; not a valid backend id (those have no `:`). */
export const smsReceiver = 'sms:gateway';

export type SyncWorkerDeps = {
  outbox: OutboxStore;
  health: SyncHealthStore;
  /** The current sync configuration; null when the centre has none (records wait). */
  sync: () => SyncConfig | null;
  agencyCode: () => string;
  clock: () => Date;
  random: () => number;
  fetch: HttpFetch;
  sms: () => SmsGateway | null;
  /** Other names of a field (queue service id) a backend may list: its field (lĩnh vực). */
  aliasesOf: (field: string) => readonly string[];
  /**
   * Run before each round, e.g. turning committed ticket events into outbox records; true when
   * it left work for the next round, which then comes at once.
   */
  beforeRound: () => boolean;
};

export type SyncWorker = {
  start: () => void;
  /** Stops taking new rounds and waits for the one in flight. */
  stop: () => Promise<void>;
  /** Looks for due records now instead of at the next poll. */
  wake: () => void;
  /** One round, for tests and the benchmark; returns how many records it attempted. */
  runRound: () => Promise<number>;
  /**
   * Epoch ms when a record can next be sent (in the past when one can now), or null when none
   * is pending: a paused receiver's records count from the end of its pause. The worker sleeps
   * until then, at most the idle poll.
   */
  nextDueAt: () => number | null;
  /** The last delivery and the last error not yet followed by a delivery, kept across restarts. */
  health: () => SyncHealth;
};

type RoundSummary = {
  attempted: number;
  /** The round took as many due records as it may: more may be due. */
  full: boolean;
};

type Planned = { record: PendingRecord; route: Route; receiver: string | null };

/** The route keys of the outbox that go to one receiver (null: to none, parked when taken). */
type Lane = { receiver: string | null; gate: ReceiverGate; routeKeys: string[] };

const receiverOf = (route: Route): string | null => {
  switch (route.to) {
    case 'backend':
      return route.target.id;
    case 'sms':
      return smsReceiver;
    case 'nowhere':
      return null;
  }
};

const runLimited = async <T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> => {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const index = next;
      next += 1;
      const item = items[index] as T;
      results[index] = await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
};

/** Adds what the gateway said to the supervisor's words for it. */
const smsOutcome = (outcome: DeliveryOutcome): DeliveryOutcome => {
  switch (outcome.kind) {
    case 'delivered':
      return outcome;
    case 'retry':
      return { ...outcome, reason: problemWith(syncProblems.smsUnavailable, outcome.reason) };
    case 'reject':
      return { ...outcome, reason: problemWith(syncProblems.smsRefused, outcome.reason) };
  }
};

/**
 * Delivers the outbox: in rounds of due records (at most one per order key, so a dossier's
 * records go in order), `concurrency` at a time, then stores every outcome of the round in one
 * transaction. A record is done only on the receiver's acknowledgement; a crash before the
 * round is stored re-sends it, and the receiver's idempotency key makes that harmless. A
 * receiver that failed a whole round is paused (`createReceiverPauses`): its records are left
 * as they are (no attempt counted, nothing rewritten) and one probe goes when the pause ends.
 */
export const createSyncWorker = (deps: SyncWorkerDeps): SyncWorker => {
  let running = false;
  let loop: Promise<void> | null = null;
  let wakeUp: (() => void) | null = null;
  // A wake that came while a round was running: the next round comes at once.
  let wokenDuringRound = false;
  // A round that threw (the store, a bug): shown until a round completes again.
  let roundError: { text: string; at: string } | null = null;
  const pauses = createReceiverPauses(deps.random);
  // Aborted on stop, so shutting down does not wait for a slow backend; those records retry.
  let stopping = new AbortController();

  const deliver = async (sync: SyncConfig, planned: Planned): Promise<DeliveryOutcome> => {
    const { record, route } = planned;
    switch (route.to) {
      case 'nowhere':
        return { kind: 'reject', reason: route.reason };
      case 'sms': {
        const gateway = deps.sms();
        if (!gateway) return { kind: 'retry', reason: syncProblems.smsNotConfigured };
        const message = smsMessageSchema.safeParse(record.payload);
        if (!message.success) return { kind: 'reject', reason: syncProblems.smsInvalid };
        return smsOutcome(
          await gateway.send(
            message.data satisfies SmsMessage,
            sync.retry.requestTimeoutMs,
            stopping.signal,
          ),
        );
      }
      case 'backend':
        return deliverToBackend(deps.fetch, {
          target: route.target,
          method: route.method,
          path: route.path,
          idempotencyKey: record.idempotencyKey,
          body: record.payload,
          timeoutMs: sync.retry.requestTimeoutMs,
          agencyCode: deps.agencyCode(),
          signal: stopping.signal,
          now: () => deps.clock().getTime(),
        });
    }
  };

  /** The outbox's route keys grouped by receiver, with each receiver's gate now. */
  const lanes = (sync: SyncConfig, nowMs: number): Lane[] => {
    const byReceiver = new Map<string | null, Lane>();
    deps.outbox.routes().forEach(({ routeKey, kind, field }) => {
      const receiver = receiverOf(routeOf(sync, { kind, field, orderKey: '' }, deps.aliasesOf));
      const lane = byReceiver.get(receiver) ?? {
        receiver,
        gate: receiver === null ? 'open' : pauses.gate(receiver, nowMs),
        routeKeys: [],
      };
      lane.routeKeys.push(routeKey);
      byReceiver.set(receiver, lane);
    });
    return [...byReceiver.values()];
  };

  /**
   * The round's records: the due ones of every receiver taking records, and one probe for each
   * receiver whose pause is over. A paused receiver's records are not read, let alone rewritten:
   * they keep their place and their own retry time, and the rounds in between cost what the
   * other receivers' records cost. `full` when more of the former may be due.
   */
  const pick = (sync: SyncConfig, nowMs: number, limit: number) => {
    if (!pauses.any()) {
      const due = deps.outbox.due(nowMs, limit);
      return { due, full: due.length === limit };
    }
    const all = lanes(sync, nowMs);
    const open = all.filter((lane) => lane.gate === 'open').flatMap((lane) => lane.routeKeys);
    const due = open.length > 0 ? deps.outbox.due(nowMs, limit, open) : [];
    const probes = all
      .filter((lane) => lane.gate === 'probe')
      .flatMap((lane) => deps.outbox.due(nowMs, 1, lane.routeKeys));
    return { due: [...due, ...probes], full: due.length === limit };
  };

  const nextDueAt = (): number | null => {
    const sync = deps.sync();
    if (!sync || !pauses.any()) return deps.outbox.nextDueAt();
    const times = lanes(sync, deps.clock().getTime()).flatMap(({ receiver, gate, routeKeys }) => {
      const at = deps.outbox.nextDueAt(routeKeys);
      if (at === null) return [];
      const resumesAt = gate === 'paused' && receiver !== null ? pauses.resumesAt(receiver) : null;
      return [Math.max(at, resumesAt ?? at)];
    });
    return times.length === 0 ? null : Math.min(...times);
  };

  /** Per receiver: the pause rule's view of the round, and the health note it leaves. */
  const tally = (sent: readonly Planned[], outcomes: readonly DeliveryOutcome[]) => {
    const rounds = new Map<string, ReceiverRound & HealthNote>();
    sent.forEach(({ receiver }, index) => {
      const outcome = outcomes[index] as DeliveryOutcome;
      if (receiver === null) return;
      const round = rounds.get(receiver) ?? {
        receiver,
        attempts: 0,
        receiverFailures: 0,
        retryAfterMs: null,
        delivered: false,
        error: null,
      };
      round.attempts += 1;
      if (outcome.kind === 'delivered') round.delivered = true;
      if (outcome.kind === 'retry') {
        round.error = outcome.reason;
        if (outcome.scope !== 'record') round.receiverFailures += 1;
        if (outcome.retryAfterMs !== undefined) {
          round.retryAfterMs = Math.max(round.retryAfterMs ?? 0, outcome.retryAfterMs);
        }
      }
      rounds.set(receiver, round);
    });
    return [...rounds.values()];
  };

  let backlog = false;

  const round = async (): Promise<RoundSummary> => {
    backlog = deps.beforeRound();
    const sync = deps.sync();
    if (!sync) return { attempted: 0, full: false };
    const limit = sync.retry.concurrency * roundFactor;
    const { due, full } = pick(sync, deps.clock().getTime(), limit);
    if (due.length === 0) return { attempted: 0, full: false };
    const send: Planned[] = due.map((record) => {
      const route = routeOf(sync, record, deps.aliasesOf);
      return { record, route, receiver: receiverOf(route) };
    });
    const outcomes = await runLimited(send, sync.retry.concurrency, (planned) =>
      deliver(sync, planned),
    );
    const now = deps.clock();
    const delays = { baseMs: sync.retry.baseDelayMs, maxMs: sync.retry.maxDelayMs };
    const notes = tally(send, outcomes);
    notes.forEach((note) => pauses.settle(note.receiver, note, now.getTime(), delays));
    const results: AttemptResult[] = send.map(({ record }, index) => {
      const outcome = outcomes[index] as DeliveryOutcome;
      const delay = retryDelayMs(record.attempts + 1, delays, deps.random);
      const asked = outcome.kind === 'retry' ? (outcome.retryAfterMs ?? 0) : 0;
      return { id: record.id, outcome, nextAttemptAt: now.getTime() + Math.max(delay, asked) };
    });
    deps.outbox.record(results, now.toISOString(), () =>
      deps.health.note(notes, now.toISOString()),
    );
    results.forEach(({ id, outcome }) => {
      if (outcome.kind === 'reject') log.warn('record parked', { id, reason: outcome.reason });
    });
    const failures = notes.filter((note) => note.error !== null);
    if (failures.length > 0) {
      log.info('round had failures', {
        attempted: send.length,
        errors: failures.map((note) => note.error),
      });
    }
    return { attempted: send.length, full };
  };

  const sleep = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done(): void {
        clearTimeout(timer);
        wakeUp = null;
        resolve();
      }
      wakeUp = done;
    });

  /**
   * None (one timer turn, so clients are answered in between) while the round before sent
   * records, took a full batch, or left work behind, or when woken during it. Otherwise until
   * the earliest head of an order key is due (a paused receiver's records are due when its
   * pause ends), at most the idle poll. With no backend configured nothing can be delivered, so
   * the worker only polls. A round that sent nothing although a record was due (nothing it
   * could send) waits the idle poll too, rather than coming back every few milliseconds.
   */
  const pauseBeforeNextRound = (summary: RoundSummary): number => {
    if (backlog || wokenDuringRound || summary.attempted > 0 || summary.full) return 0;
    if (!deps.sync()) return idlePollMs;
    const nextDue = nextDueAt();
    if (nextDue === null) return idlePollMs;
    const untilDue = nextDue - deps.clock().getTime();
    if (untilDue <= 0) return idlePollMs;
    return Math.max(10, Math.min(idlePollMs, untilDue));
  };

  const run = async (): Promise<void> => {
    while (running) {
      let summary: RoundSummary = { attempted: 0, full: false };
      wokenDuringRound = false;
      try {
        summary = await round();
        roundError = null;
      } catch (error) {
        const message = (error as Error).message;
        roundError = {
          text: problemWith(syncProblems.roundFailed, message),
          at: deps.clock().toISOString(),
        };
        log.error('sync round failed', { error: message });
      }
      if (!running) break;
      await sleep(pauseBeforeNextRound(summary));
    }
  };

  // The SMS gateway stays in even when it is not configured: texts queued under an earlier
  // configuration wait for it, and its error says why.
  const receivers = (): string[] => [
    ...(deps.sync()?.backends.map((backend) => backend.id) ?? []),
    smsReceiver,
  ];

  return {
    start: () => {
      if (running) return;
      running = true;
      stopping = new AbortController();
      loop = run();
    },
    stop: async () => {
      running = false;
      stopping.abort();
      wakeUp?.();
      await loop;
      loop = null;
    },
    wake: () => {
      if (wakeUp) wakeUp();
      else wokenDuringRound = true;
    },
    runRound: async () => (await round()).attempted,
    nextDueAt,
    health: () => {
      const stored = deps.health.read(receivers());
      const lastError =
        roundError && (!stored.lastError || roundError.at >= stored.lastError.at)
          ? roundError
          : stored.lastError;
      return { lastDeliveredAt: stored.lastDeliveredAt, lastError };
    },
  };
};

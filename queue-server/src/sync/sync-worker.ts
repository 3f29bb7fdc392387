import type { SmsMessage, SyncConfig } from '@openops/protocol';
import { smsMessageSchema } from '@openops/protocol';
import { createLogger } from '@openops/protocol/logger';
import { deliverToBackend } from './backend-client';
import { routeOf } from './backend-router';
import { retryDelayMs } from './backoff';
import type { DeliveryOutcome, HttpFetch } from './delivery-outcome';
import type { AttemptResult, OutboxStore, PendingRecord } from './outbox-store';
import type { SmsGateway } from '../notifications/sms-gateway';

const log = createLogger('sync-worker');

/** Records taken per round, per unit of concurrency. */
const roundFactor = 8;
/** How long the worker sleeps with nothing due, unless woken. Default 1000 ms. */
const idlePollMs = 1000;

export type SyncWorkerDeps = {
  outbox: OutboxStore;
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
  lastDeliveredAt: () => string | null;
  lastError: () => string | null;
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

/**
 * Delivers the outbox: in rounds of due records (at most one per order key, so a dossier's
 * records go in order), `concurrency` at a time, then stores every outcome of the round in one
 * transaction. A record is done only on the receiver's acknowledgement; a crash before the
 * round is stored re-sends it, and the receiver's idempotency key makes that harmless.
 */
export const createSyncWorker = (deps: SyncWorkerDeps): SyncWorker => {
  let running = false;
  let loop: Promise<void> | null = null;
  let wakeUp: (() => void) | null = null;
  let lastDeliveredAt: string | null = null;
  let lastError: string | null = null;
  // Aborted on stop, so shutting down does not wait for a slow backend; those records retry.
  let stopping = new AbortController();

  const deliver = async (sync: SyncConfig, record: PendingRecord): Promise<DeliveryOutcome> => {
    const route = routeOf(sync, record, deps.aliasesOf);
    switch (route.to) {
      case 'nowhere':
        return { kind: 'reject', reason: route.reason };
      case 'sms': {
        const gateway = deps.sms();
        if (!gateway) return { kind: 'retry', reason: 'chưa cấu hình cổng SMS' };
        const message = smsMessageSchema.safeParse(record.payload);
        if (!message.success) return { kind: 'reject', reason: 'tin nhắn không hợp lệ' };
        return gateway.send(
          message.data satisfies SmsMessage,
          sync.retry.requestTimeoutMs,
          stopping.signal,
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
        });
    }
  };

  let backlog = false;

  const runRound = async (): Promise<number> => {
    backlog = deps.beforeRound();
    const sync = deps.sync();
    if (!sync) return 0;
    const batch = deps.outbox.due(deps.clock().getTime(), sync.retry.concurrency * roundFactor);
    if (batch.length === 0) return 0;
    const outcomes = await runLimited(batch, sync.retry.concurrency, (record) =>
      deliver(sync, record),
    );
    const now = deps.clock();
    const results: AttemptResult[] = batch.map((record, index) => {
      const outcome = outcomes[index] as DeliveryOutcome;
      const delay = retryDelayMs(
        record.attempts + 1,
        { baseMs: sync.retry.baseDelayMs, maxMs: sync.retry.maxDelayMs },
        deps.random,
      );
      return { id: record.id, outcome, nextAttemptAt: now.getTime() + delay };
    });
    deps.outbox.record(results, now.toISOString());
    results.forEach(({ id, outcome }) => {
      if (outcome.kind === 'delivered') {
        lastDeliveredAt = now.toISOString();
      } else {
        lastError = outcome.reason;
        if (outcome.kind === 'reject') log.warn('record parked', { id, reason: outcome.reason });
      }
    });
    const failures = results.filter(({ outcome }) => outcome.kind === 'retry').length;
    if (failures > 0)
      log.info('round had failures', { attempted: batch.length, failures, lastError });
    return batch.length;
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
   * Until the earliest pending record is due, at most the idle poll; none while the round
   * before left work behind (only a timer turn, so clients are answered in between). With no
   * backend configured nothing can be delivered, so the worker only polls (records keep waiting
   * in the outbox) instead of waking every few milliseconds for records "due" with nowhere to go.
   */
  const pauseBeforeNextRound = (): number => {
    if (backlog) return 0;
    if (!deps.sync()) return idlePollMs;
    const nextDue = deps.outbox.nextDueAt();
    const untilDue = nextDue === null ? idlePollMs : nextDue - deps.clock().getTime();
    return Math.max(10, Math.min(idlePollMs, untilDue));
  };

  const run = async (): Promise<void> => {
    while (running) {
      let attempted = 0;
      try {
        attempted = await runRound();
      } catch (error) {
        lastError = (error as Error).message;
        log.error('sync round failed', { error: lastError });
      }
      if (!running) break;
      if (attempted > 0) continue;
      await sleep(pauseBeforeNextRound());
    }
  };

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
    wake: () => wakeUp?.(),
    runRound,
    lastDeliveredAt: () => lastDeliveredAt,
    lastError: () => lastError,
  };
};

import { randomUUID } from 'node:crypto';
import {
  assertNever,
  defaultKeypadArmSeconds,
  defaultRatingPageSeconds,
  fail,
  ok,
  ratingLevels,
  type KeypadRatedEvent,
  type ListRatingsQuery,
  type Rating,
  type RatingLevel,
  type RatingRequestView,
  type RatingSource,
  type RatingSummary,
  type Reply,
} from '@openops/protocol';
import { createLogger } from '@openops/protocol/logger';
import type { CentreConfigStore } from '../config/centre-config-store';
import type { TicketRepository } from '../store/ticket-repository';
import type { KeypadPort } from './keypad-port';
import type { RatingRepository, RatingRequestRecord, RecordRefusal } from './rating-repository';

const log = createLogger('ratings');

export type Clock = () => Date;

/**
 * Runs inside the SQLite transaction that stores a rating (the sync outbox hook): throwing rolls
 * the rating back, so a rating is never stored without its sync record.
 */
export type RatingStoredHook = (rating: Rating) => void;

export type RatingServiceDeps = {
  ratings: RatingRepository;
  tickets: TicketRepository;
  config: CentreConfigStore;
  keypad: KeypadPort;
  clock: Clock;
  /** The business day of a time, in the centre's time zone. */
  businessDayOf: (at: Date) => string;
};

export type RatingRequestInput = {
  counterId: string;
  ticketId: string;
  officerId: string | null;
  dossierCode: string | null;
  timeoutSeconds?: number;
};

/** Ticket states in which the citizen has been at the counter and may rate. */
const rateableStates = new Set(['called', 'serving', 'done']);

const refusalMessage = (reason: RecordRefusal): Reply<never> => {
  switch (reason) {
    case 'no-request':
      return fail('not-found', 'Không có yêu cầu đánh giá này');
    case 'closed':
      return fail('conflict', 'Yêu cầu đánh giá đã hết hạn hoặc đã đóng');
    case 'already-rated':
      return fail('conflict', 'Lượt phục vụ này đã được đánh giá');
    default:
      return assertNever(reason);
  }
};

export type RatingService = ReturnType<typeof createRatingService>;

/**
 * Ratings: when the counter finishes a citizen it asks for a rating; the counter's keypad is
 * armed (or, with no keypad, a kiosk or tablet page offers the buttons); the press is stored
 * against ticket, officer, counter, service and dossier; counters learn only that it arrived.
 */
export const createRatingService = (deps: RatingServiceDeps) => {
  const { ratings, tickets, config, keypad, clock } = deps;
  const hooks: RatingStoredHook[] = [];
  const statusListeners = new Set<(view: RatingRequestView) => void>();
  const onStatus = (view: RatingRequestView): void => {
    statusListeners.forEach((listener) => {
      try {
        listener(view);
      } catch (error) {
        log.error('rating status listener failed', { error: (error as Error).message });
      }
    });
  };
  const timers = new Map<string, ReturnType<typeof setTimeout>>();

  const viewOf = (request: RatingRequestRecord): RatingRequestView => {
    const counter = config
      .current()
      .counters.find((candidate) => candidate.id === request.counterId);
    const expired =
      request.state === 'waiting' && Date.parse(request.expiresAt) <= clock().getTime();
    return {
      requestId: request.id,
      counterId: request.counterId,
      counterNumber: counter?.number ?? 1,
      ticketId: request.ticketId,
      ticketNumber: request.ticketNumber,
      channel: request.channel,
      state: expired ? 'expired' : request.state,
      requestedAt: request.requestedAt,
      expiresAt: request.expiresAt,
      receivedAt: request.state === 'received' ? request.closedAt : null,
    };
  };

  const clearTimer = (requestId: string): void => {
    const timer = timers.get(requestId);
    if (timer) clearTimeout(timer);
    timers.delete(requestId);
  };

  const scheduleExpiry = (requestId: string, expiresAt: string): void => {
    clearTimer(requestId);
    const delay = Math.max(0, Date.parse(expiresAt) - clock().getTime());
    const timer = setTimeout(() => {
      timers.delete(requestId);
      if (!ratings.expire(requestId, clock().toISOString())) return;
      const request = ratings.requestById(requestId);
      if (request?.armId) keypad.disarm(request.armId);
      if (request) onStatus(viewOf(request));
    }, delay);
    // A pending expiry must not keep the server process alive on shutdown.
    timer.unref();
    timers.set(requestId, timer);
  };

  // Requests still waiting when the server last stopped: their timers stopped with it, and a
  // counter would show "waiting for the citizen's rating" forever.
  ratings.waiting().forEach((pending) => scheduleExpiry(pending.id, pending.expiresAt));

  const secondsFrom = (start: Date, seconds: number): string =>
    new Date(start.getTime() + seconds * 1000).toISOString();

  const request = async (
    input: RatingRequestInput,
    deviceId: string | null,
  ): Promise<Reply<RatingRequestView>> => {
    const counter = config.current().counters.find((candidate) => candidate.id === input.counterId);
    if (!counter) return fail('not-found', `Không có quầy "${input.counterId}"`);
    const ticket = tickets.byId(input.ticketId);
    if (!ticket) return fail('not-found', `Không có phiếu "${input.ticketId}"`);
    if (ticket.counterId !== counter.id || !rateableStates.has(ticket.state)) {
      return fail('conflict', `Phiếu ${ticket.number} không được phục vụ tại ${counter.name}`);
    }
    const now = clock();
    const record: RatingRequestRecord = {
      id: randomUUID(),
      ticketId: ticket.id,
      ticketNumber: ticket.number,
      counterId: counter.id,
      officerId: input.officerId,
      serviceId: ticket.serviceId,
      dossierCode: input.dossierCode,
      deviceId,
      channel: 'page',
      armId: null,
      state: 'waiting',
      requestedAt: now.toISOString(),
      expiresAt: secondsFrom(now, input.timeoutSeconds ?? defaultRatingPageSeconds),
      closedAt: null,
    };
    // Committed before the keypad is armed: a press can only ever land on a stored request.
    const cancelled = ratings.openRequest(record);
    cancelled.forEach((old) => {
      clearTimer(old.id);
      if (old.armId) keypad.disarm(old.armId);
      onStatus(viewOf({ ...old, state: 'cancelled' }));
    });
    if (deviceId) {
      const armed = await keypad.arm({
        deviceId,
        counterId: counter.id,
        ticketId: ticket.id,
        officerId: input.officerId,
        timeoutSeconds: input.timeoutSeconds ?? defaultKeypadArmSeconds,
      });
      if (armed.ok) {
        ratings.setChannel(record.id, 'keypad', armed.data.armId, armed.data.expiresAt);
      } else {
        log.info('no keypad, rating offered on a page', {
          counterId: counter.id,
          code: armed.error.code,
        });
      }
    }
    const stored = ratings.requestById(record.id) ?? record;
    scheduleExpiry(stored.id, stored.expiresAt);
    const view = viewOf(stored);
    onStatus(view);
    return ok(view);
  };

  const store = (
    requestId: string,
    level: RatingLevel,
    source: RatingSource,
    at: Date,
  ): Reply<RatingRequestView> => {
    const result = ratings.record(
      requestId,
      {
        id: randomUUID(),
        level,
        source,
        ratedAt: at.toISOString(),
        businessDay: deps.businessDayOf(at),
      },
      (rating) => hooks.forEach((hook) => hook(rating)),
    );
    if (!result.ok) return refusalMessage(result.reason);
    clearTimer(requestId);
    if (source !== 'keypad' && result.request.armId) keypad.disarm(result.request.armId);
    // The level is logged for audit on the server only; counters never receive it.
    log.info('rating stored', {
      counterId: result.rating.counterId,
      ticket: result.rating.ticketNumber,
      source,
    });
    const view = viewOf(result.request);
    onStatus(view);
    return ok(view);
  };

  const submit = (
    requestId: string,
    level: RatingLevel,
    source: 'kiosk' | 'online',
  ): Reply<RatingRequestView> => store(requestId, level, source, clock());

  const keypadRated = (event: KeypadRatedEvent): void => {
    const found = ratings.requestByArm(event.armId);
    if (!found) {
      log.warn('keypad press for an unknown arm', {
        armId: event.armId,
        counterId: event.counterId,
      });
      return;
    }
    // When it was pressed (judged by the keypad dispatcher), not when it arrived.
    const reply = store(found.id, event.level, 'keypad', new Date(event.pressedAt));
    if (!reply.ok)
      log.warn('keypad press not stored', { armId: event.armId, code: reply.error.code });
  };
  keypad.onRated(keypadRated);

  /** Over every rating the filters select: a list route's limit bounds the list, not these. */
  const summarize = (counts: ReadonlyArray<{ level: string; count: number }>): RatingSummary => {
    const byLevel = Object.fromEntries(ratingLevels.map((level) => [level, 0])) as Record<
      RatingLevel,
      number
    >;
    counts.forEach(({ level, count }) => {
      if (level in byLevel) byLevel[level as RatingLevel] += count;
    });
    const total = Object.values(byLevel).reduce((sum, count) => sum + count, 0);
    const satisfied = byLevel['very-satisfied'] + byLevel.satisfied;
    return {
      total,
      byLevel,
      satisfiedShare: total === 0 ? null : satisfied / total,
    };
  };

  return {
    request,
    submit,
    /** For the hardware side when it routes presses itself rather than through `KeypadPort.onRated`. */
    keypadRated,
    /** Waiting requests as counters and pages see them; one counter's when given. */
    waiting: (counterId?: string): RatingRequestView[] =>
      ratings
        .waiting(counterId)
        .map(viewOf)
        .filter((view) => view.state === 'waiting'),
    list: (query: ListRatingsQuery): Rating[] => ratings.list(query),
    summary: (query: ListRatingsQuery): RatingSummary => summarize(ratings.countsByLevel(query)),
    /**
     * The sync hook: `hook` runs inside the transaction that stores each rating (put the
     * rating in the outbox there). Returns the function that removes it.
     */
    onStored: (hook: RatingStoredHook): (() => void) => {
      hooks.push(hook);
      return () => {
        const index = hooks.indexOf(hook);
        if (index >= 0) hooks.splice(index, 1);
      };
    },
    /** Tells `listener` of every request change (asked, received, expired, cancelled). */
    onStatusChange: (listener: (view: RatingRequestView) => void): (() => void) => {
      statusListeners.add(listener);
      return () => statusListeners.delete(listener);
    },
    close: (): void => {
      timers.forEach((timer) => clearTimeout(timer));
      timers.clear();
    },
  };
};

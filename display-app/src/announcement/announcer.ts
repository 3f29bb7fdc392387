import { createLogger } from '@openops/protocol/logger';
import type { ClipId } from './clips';

const log = createLogger('announcer');

/** Plays one clip; resolves when it has finished, or has failed (never rejects, never hangs). */
export type AudioPlayer = { play: (clip: ClipId) => Promise<void> };

export type Announcement = {
  /** Distinguishes announcements in the log, e.g. the ticket id and call time. */
  key: string;
  /** What a person reads in the log: "A025 → Quầy 3". */
  label: string;
  clips: ClipId[];
  /** The counter the citizen is sent to: its next call makes this one, still waiting, moot. */
  counterId: string;
  /**
   * The ticket called: asked again at the same counter while already waiting (a recall pressed
   * twice), it waits once.
   */
  ticketId: string;
};

/**
 * Why a waiting announcement was not spoken: its counter has called again (`superseded`), the
 * same ticket was already waiting (`duplicate`), it waited past its age (`stale`), or the
 * queue was full (`overflow`).
 */
export type DropReason = 'superseded' | 'duplicate' | 'stale' | 'overflow';

export type AnnouncerEvent =
  | { kind: 'queued' | 'started' | 'finished'; announcement: Announcement }
  | { kind: 'dropped'; announcement: Announcement; reason: DropReason };

export type AnnouncerOptions = {
  player: AudioPlayer;
  onEvent?: (event: AnnouncerEvent) => void;
  /**
   * Announcements waiting behind the one playing (default 12, about a minute of speech). One
   * arriving when that many wait is dropped itself: it would come up after `maxAgeMs` anyway,
   * and those before it were called first.
   */
  maxPending?: number;
  /**
   * Oldest an announcement may be when its turn comes (default 45 s); an older one is skipped.
   * A citizen sent to a counter a minute late finds it serving someone else; the screen still
   * shows the call.
   */
  maxAgeMs?: number;
  /** Injected clock, in ms (default `Date.now`). */
  now?: () => number;
};

export type Announcer = {
  /** Queues an announcement; it plays after every one queued before it, never over one. */
  announce: (announcement: Announcement) => void;
  /** Stops after the clip playing now and forgets what is waiting. */
  dispose: () => void;
};

type Waiting = { announcement: Announcement; arrivedAt: number };

/**
 * Serialises spoken calls: one announcement at a time, clip after clip, in arrival order.
 * A recall is just another announcement, so it repeats the call in its turn. What waits is
 * kept current rather than merely bounded: a counter's newer call replaces its older one still
 * waiting, a ticket waits once however often it is recalled, and a call that waited past
 * `maxAgeMs` is skipped when its turn comes. The first calls of a burst are never the ones lost.
 */
export const createAnnouncer = ({
  player,
  onEvent,
  maxPending = 12,
  maxAgeMs = 45_000,
  now = Date.now,
}: AnnouncerOptions): Announcer => {
  let pending: Waiting[] = [];
  let playing = false;
  let disposed = false;
  const emit = (event: AnnouncerEvent): void => onEvent?.(event);
  const stale = (entry: Waiting): boolean => now() - entry.arrivedAt > maxAgeMs;
  /** Takes the waiting entries `drop` picks out of the queue, telling why. */
  const dropWaiting = (drop: (entry: Waiting) => DropReason | null): void => {
    pending = pending.filter((entry) => {
      const reason = drop(entry);
      if (reason) emit({ kind: 'dropped', announcement: entry.announcement, reason });
      return reason === null;
    });
  };

  /** The next announcement still worth speaking; older ones are skipped on the way. */
  const nextFresh = (): Announcement | null => {
    for (let entry = pending.shift(); entry; entry = pending.shift()) {
      if (!stale(entry)) return entry.announcement;
      emit({ kind: 'dropped', announcement: entry.announcement, reason: 'stale' });
    }
    return null;
  };

  const drain = async (): Promise<void> => {
    playing = true;
    try {
      for (let next = nextFresh(); next && !disposed; next = nextFresh()) {
        emit({ kind: 'started', announcement: next });
        for (const clip of next.clips) {
          if (disposed) return;
          await player.play(clip);
        }
        emit({ kind: 'finished', announcement: next });
      }
    } catch (error) {
      // The player promises never to reject; if one does, the queue must still not stall.
      log.error('audio player failed', { error: String(error) });
    } finally {
      playing = false;
      if (!disposed && pending.length > 0) void drain();
    }
  };

  return {
    announce: (announcement) => {
      if (disposed) return;
      dropWaiting((entry) => (stale(entry) ? 'stale' : null));
      const same = pending.find(
        ({ announcement: waiting }) =>
          waiting.ticketId === announcement.ticketId &&
          waiting.counterId === announcement.counterId,
      );
      if (same) {
        // Asked again: it keeps its place, as fresh as the latest request.
        same.arrivedAt = now();
        emit({ kind: 'dropped', announcement, reason: 'duplicate' });
        return;
      }
      // The counter has moved on; so has a ticket now called to another counter (a transfer).
      dropWaiting(({ announcement: waiting }) =>
        waiting.counterId === announcement.counterId || waiting.ticketId === announcement.ticketId
          ? 'superseded'
          : null,
      );
      if (pending.length >= maxPending) {
        emit({ kind: 'dropped', announcement, reason: 'overflow' });
        return;
      }
      pending.push({ announcement, arrivedAt: now() });
      emit({ kind: 'queued', announcement });
      if (!playing) void drain();
    },
    dispose: () => {
      disposed = true;
      pending = [];
    },
  };
};

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
};

export type AnnouncerEvent =
  | { kind: 'queued'; announcement: Announcement }
  | { kind: 'started'; announcement: Announcement }
  | { kind: 'finished'; announcement: Announcement }
  | { kind: 'dropped'; announcement: Announcement };

export type AnnouncerOptions = {
  player: AudioPlayer;
  onEvent?: (event: AnnouncerEvent) => void;
  /**
   * Announcements waiting behind the one playing (default 12). When more arrive, the oldest
   * waiting one is dropped: in a burst the newest calls matter, and the screen shows them all.
   */
  maxPending?: number;
};

export type Announcer = {
  /** Queues an announcement; it plays after every one queued before it, never over one. */
  announce: (announcement: Announcement) => void;
  /** Stops after the clip playing now and forgets what is waiting. */
  dispose: () => void;
};

/**
 * Serialises spoken calls: one announcement at a time, clip after clip, in arrival order.
 * A recall is just another announcement, so it repeats the call in its turn.
 */
export const createAnnouncer = ({
  player,
  onEvent,
  maxPending = 12,
}: AnnouncerOptions): Announcer => {
  const pending: Announcement[] = [];
  let playing = false;
  let disposed = false;
  const emit = (event: AnnouncerEvent): void => onEvent?.(event);

  const drain = async (): Promise<void> => {
    playing = true;
    try {
      for (let next = pending.shift(); next && !disposed; next = pending.shift()) {
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
      pending.push(announcement);
      emit({ kind: 'queued', announcement });
      while (pending.length > maxPending) {
        const dropped = pending.shift();
        if (dropped) emit({ kind: 'dropped', announcement: dropped });
      }
      if (!playing) void drain();
    },
    dispose: () => {
      disposed = true;
      pending.length = 0;
    },
  };
};

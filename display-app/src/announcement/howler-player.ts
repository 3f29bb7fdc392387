import { Howl, Howler } from 'howler';
import { createLogger } from '@openops/protocol/logger';
import type { AudioPlayer } from './announcer';
import type { ClipId } from './clips';
import { watchSoundHeldBack } from './sound-held-back';
import { createSpriteLoadRetry, type SpriteLoadRetryOptions } from './sprite-load-retry';

const log = createLogger('howler-player');

export type SpriteMap = Readonly<Record<ClipId, readonly [number, number]>>;

export type HowlerPlayerOptions = {
  /** URL of the sprite audio file. */
  src: string;
  sprite: SpriteMap;
  /**
   * Extra time a clip may take past its length before it counts as stuck (default 1500 ms);
   * a muted or missing sound device must delay the queue, never stop it.
   */
  slackMs?: number;
  /**
   * Wait allowed for the sprite file itself to load, counted once from each load's start
   * (default 15 s): a file that never comes delays the first announcement, not every clip.
   */
  loadWaitMs?: number;
  /** Back-off before a failed sprite is loaded again (default 5 s, doubling, up to 2 min). */
  retry?: SpriteLoadRetryOptions;
  /** Injected clock, in ms (default `Date.now`). */
  now?: () => number;
};

export type HowlerPlayer = AudioPlayer & {
  unload: () => void;
  /**
   * Calls `listener` with whether the browser holds the sound back until someone touches the
   * screen (an autoplay policy), now and whenever that changes.
   */
  onSoundBlocked: (listener: (blocked: boolean) => void) => () => void;
  /**
   * Calls `listener` with whether the announcements cannot be played for want of their sound
   * file (it failed to load, or has not come long after it was asked for), now and whenever
   * that changes.
   */
  onSoundUnavailable: (listener: (unavailable: boolean) => void) => () => void;
};

type SpriteState = 'loading' | 'loaded' | 'failed';

/**
 * Plays clips of the announcement sprite through howler (Web Audio, HTML5 audio fallback).
 * A clip is played only when it would be heard now: while the browser holds sound back until
 * a touch, it is skipped at once, since howler would keep every such play and start them all
 * together at the first touch. A sprite that failed to load is loaded again, on an
 * announcement after a back-off; meanwhile clips are skipped and `onSoundUnavailable` says so.
 */
export const createHowlerPlayer = ({
  src,
  sprite,
  slackMs = 1500,
  loadWaitMs = 15_000,
  retry: retryOptions,
  now = Date.now,
}: HowlerPlayerOptions): HowlerPlayer => {
  const definitions: Record<string, [number, number]> = {};
  for (const [id, [start, duration]] of Object.entries(sprite)) definitions[id] = [start, duration];
  const retry = createSpriteLoadRetry(retryOptions);
  const unavailableListeners = new Set<(unavailable: boolean) => void>();
  let unavailable = false;
  const setUnavailable = (next: boolean): void => {
    if (next === unavailable) return;
    unavailable = next;
    unavailableListeners.forEach((listener) => listener(next));
  };
  // Plays waiting for the sprite to load: a failed load ends them at once.
  const waitingForLoad = new Set<() => void>();
  let state: SpriteState = 'loading';
  let loadDeadline = 0;
  let reportedLate = false;
  let skippedHeldBack = false;
  // A wall display keeps its audio running: howler would otherwise suspend it when idle, which
  // costs the next chime its start and reads as "blocked".
  Howler.autoSuspend = false;

  const load = (): Howl => {
    state = 'loading';
    loadDeadline = now() + loadWaitMs;
    reportedLate = false;
    const loading: Howl = new Howl({
      src: [src],
      format: ['ogg'],
      sprite: definitions,
      preload: true,
      onload: () => {
        if (loading !== howl) return;
        state = 'loaded';
        retry.succeeded();
        setUnavailable(false);
      },
      onloaderror: (_id, error) => {
        // Told once per load, though howler may retry it through media elements first.
        if (loading !== howl || state === 'failed') return;
        state = 'failed';
        retry.failed(now());
        setUnavailable(true);
        log.error('announcement sprite failed to load; calls are shown but not spoken', {
          src,
          error: String(error),
        });
        [...waitingForLoad].forEach((end) => end());
      },
    });
    return loading;
  };
  let howl = load();
  // Created with the first Howl when the browser has Web Audio; null when howler uses media.
  const hold = watchSoundHeldBack(Howler.usingWebAudio ? (Howler.ctx ?? null) : null);

  /** Loads a failed sprite again once its back-off is over; false while it is not usable. */
  const usable = (): boolean => {
    if (state !== 'failed') return true;
    if (!retry.due(now())) return false;
    log.info('loading the announcement sprite again', { src });
    howl.unload();
    howl = load();
    return true;
  };

  const play = (clip: ClipId): Promise<void> =>
    new Promise((resolve) => {
      const segment = definitions[clip];
      if (!segment) {
        log.warn('clip missing from sprite', { clip });
        resolve();
        return;
      }
      if (!hold.canPlay()) {
        // Not played, so not kept by howler for the first touch: the call still shows.
        if (!skippedHeldBack) log.info('clips skipped while the sound is held back', { clip });
        skippedHeldBack = true;
        resolve();
        return;
      }
      skippedHeldBack = false;
      if (!usable()) {
        resolve();
        return;
      }
      const loaded = state === 'loaded';
      const loadWaitLeft = loaded ? 0 : loadDeadline - now();
      if (!loaded && loadWaitLeft <= 0) {
        // Still loading long after its deadline: show without sound rather than stall the queue.
        if (!reportedLate) log.warn('announcement sprite still not loaded; clips skipped', { src });
        reportedLate = true;
        setUnavailable(true);
        resolve();
        return;
      }
      const playing = howl;
      const limit = segment[1] + slackMs + loadWaitLeft;
      const soundId = playing.play(clip);
      const finish = (): void => {
        clearTimeout(timer);
        waitingForLoad.delete(finish);
        playing.off('end', finish, soundId);
        playing.off('playerror', onPlayError, soundId);
        resolve();
      };
      const onPlayError = (_id: number, error: unknown): void => {
        log.warn('clip failed to play', { clip, error: String(error) });
        finish();
      };
      const timer = setTimeout(() => {
        log.warn('clip did not end in time; moving on', { clip, limitMs: limit });
        playing.stop(soundId);
        finish();
      }, limit);
      if (!loaded) waitingForLoad.add(finish);
      playing.once('end', finish, soundId);
      playing.once('playerror', onPlayError, soundId);
    });

  return {
    play,
    unload: () => {
      hold.stop();
      howl.unload();
    },
    onSoundBlocked: hold.onHeldBack,
    onSoundUnavailable: (listener) => {
      unavailableListeners.add(listener);
      listener(unavailable);
      return () => unavailableListeners.delete(listener);
    },
  };
};

import { Howl, Howler } from 'howler';
import { createLogger } from '@openops/protocol/logger';
import type { AudioPlayer } from './announcer';
import type { ClipId } from './clips';
import { watchMediaAutoplay } from './media-autoplay-probe';

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
   * Wait allowed for the sprite file itself to load, counted once from the player's creation
   * (default 15 s): a file that never comes delays the first announcement, not every clip.
   */
  loadWaitMs?: number;
};

export type HowlerPlayer = AudioPlayer & {
  unload: () => void;
  /**
   * Calls `listener` with whether the browser holds the sound back until someone touches the
   * screen (an autoplay policy), now and whenever that changes.
   */
  onSoundBlocked: (listener: (blocked: boolean) => void) => () => void;
};

/** Plays clips of the announcement sprite through howler (Web Audio, HTML5 audio fallback). */
export const createHowlerPlayer = ({
  src,
  sprite,
  slackMs = 1500,
  loadWaitMs = 15_000,
}: HowlerPlayerOptions): HowlerPlayer => {
  const definitions: Record<string, [number, number]> = {};
  for (const [id, [start, duration]] of Object.entries(sprite)) definitions[id] = [start, duration];
  let broken = false;
  const loadDeadline = Date.now() + loadWaitMs;
  let reportedLate = false;
  // A wall display keeps its audio running: howler would otherwise suspend it when idle, which
  // costs the next chime its start and reads as "blocked".
  Howler.autoSuspend = false;
  const howl = new Howl({
    src: [src],
    format: ['ogg'],
    sprite: definitions,
    preload: true,
    onloaderror: (_id, error) => {
      broken = true;
      log.error('announcement sprite failed to load; calls are shown but not spoken', {
        src,
        error: String(error),
      });
    },
  });

  const play = (clip: ClipId): Promise<void> =>
    new Promise((resolve) => {
      const segment = definitions[clip];
      if (!segment || broken) {
        if (!segment) log.warn('clip missing from sprite', { clip });
        resolve();
        return;
      }
      const loaded = howl.state() === 'loaded';
      const loadWaitLeft = loaded ? 0 : loadDeadline - Date.now();
      if (!loaded && loadWaitLeft <= 0) {
        // Still loading long after its deadline: show without sound rather than stall the queue.
        if (!reportedLate) log.warn('announcement sprite still not loaded; clips skipped', { src });
        reportedLate = true;
        resolve();
        return;
      }
      const limit = segment[1] + slackMs + loadWaitLeft;
      const soundId = howl.play(clip);
      const finish = (): void => {
        clearTimeout(timer);
        howl.off('end', finish, soundId);
        howl.off('playerror', onPlayError, soundId);
        resolve();
      };
      const onPlayError = (_id: number, error: unknown): void => {
        log.warn('clip failed to play', { clip, error: String(error) });
        finish();
      };
      const timer = setTimeout(() => {
        log.warn('clip did not end in time; moving on', { clip, limitMs: limit });
        howl.stop(soundId);
        finish();
      }, limit);
      howl.once('end', finish, soundId);
      howl.once('playerror', onPlayError, soundId);
    });

  const onSoundBlocked = (listener: (blocked: boolean) => void): (() => void) => {
    let wasBlocked: boolean | null = null;
    // Logged once per change, so a technician reading the log knows why a screen is silent.
    const tell = (blocked: boolean, through: 'web-audio' | 'media'): void => {
      if (blocked !== wasBlocked) {
        if (blocked) log.info('sound held back until someone touches the screen', { through });
        else if (wasBlocked) log.info('sound turned on by a touch', { through });
      }
      wasBlocked = blocked;
      listener(blocked);
    };
    // Web Audio starts suspended where the browser wants a gesture first; howler resumes it on
    // the first touch, click or key anywhere on the page.
    const context: AudioContext | null = Howler.ctx ?? null;
    // Without Web Audio (the browser could not open an audio context) howler plays through
    // media elements, which the same policy holds back; only a probe can tell.
    if (!context) return watchMediaAutoplay((blocked) => tell(blocked, 'media'));
    const report = (): void => tell(context.state === 'suspended', 'web-audio');
    report();
    context.addEventListener('statechange', report);
    return () => context.removeEventListener('statechange', report);
  };

  return { play, unload: () => howl.unload(), onSoundBlocked };
};

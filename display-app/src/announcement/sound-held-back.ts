import { createLogger } from '@openops/protocol/logger';
import { watchMediaAutoplay } from './media-autoplay-probe';

const log = createLogger('howler-player');

/** How the sound reaches the speakers: howler's Web Audio context, or media elements. */
export type SoundPath = 'web-audio' | 'media';

export type SoundHold = {
  /**
   * Whether a clip started now would be heard rather than kept for later: a Web Audio context
   * that is running, or media elements the browser lets play (true until a probe says not).
   */
  canPlay: () => boolean;
  /**
   * Calls `listener` with whether the browser holds the sound back until someone touches the
   * screen (an autoplay policy), now and whenever that changes. Returns what stops it.
   */
  onHeldBack: (listener: (heldBack: boolean) => void) => () => void;
  stop: () => void;
};

/**
 * Watches whether the browser holds sound back until someone touches the screen. Web Audio
 * starts suspended where the browser wants a gesture first (howler resumes it on the first
 * touch, click or key anywhere on the page); without Web Audio, media elements are held back
 * by the same policy, which only a probe can tell.
 */
export const watchSoundHeldBack = (context: AudioContext | null): SoundHold => {
  const listeners = new Set<(heldBack: boolean) => void>();
  let heldBack: boolean | null = null;
  // Logged once per change, so a technician reading the log knows why a screen is silent.
  const tell = (next: boolean, through: SoundPath): void => {
    if (next !== heldBack) {
      if (next) log.info('sound held back until someone touches the screen', { through });
      else if (heldBack) log.info('sound turned on by a touch', { through });
    }
    heldBack = next;
    listeners.forEach((listener) => listener(next));
  };
  let stopWatching: () => void;
  if (context) {
    const report = (): void => tell(context.state === 'suspended', 'web-audio');
    report();
    context.addEventListener('statechange', report);
    stopWatching = () => context.removeEventListener('statechange', report);
  } else {
    stopWatching = watchMediaAutoplay((needsTouch) => tell(needsTouch, 'media'));
  }
  return {
    canPlay: () => (context ? context.state === 'running' : heldBack !== true),
    onHeldBack: (listener) => {
      listeners.add(listener);
      if (heldBack !== null) listener(heldBack);
      return () => listeners.delete(listener);
    },
    stop: () => {
      stopWatching();
      listeners.clear();
    },
  };
};

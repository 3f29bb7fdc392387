export type RestartPolicyOptions = {
  now: () => Date;
  /** Delay before the first reload after a crash. Default 1 s. */
  baseDelayMs?: number;
  /** Longest delay between reloads when the page keeps crashing. Default 60 s. */
  maxDelayMs?: number;
  /** Crashes older than this are forgotten. Default 10 minutes. */
  windowMs?: number;
  /** How long an unresponsive page may stay frozen before it is restarted. Default 15 s. */
  hangGraceMs?: number;
};

export type RestartDecision = { action: 'reload'; delayMs: number; crashesInWindow: number };

/**
 * When to restart the renderer. A crash is reloaded at once the first time; a page that
 * keeps crashing is reloaded with doubling delays so a broken build does not spin the
 * CPU, but never given up on: an appliance must come back without a technician.
 */
export const createRestartPolicy = (options: RestartPolicyOptions) => {
  const base = options.baseDelayMs ?? 1000;
  const max = options.maxDelayMs ?? 60_000;
  const windowMs = options.windowMs ?? 10 * 60_000;
  let crashes: number[] = [];
  return {
    hangGraceMs: options.hangGraceMs ?? 15_000,
    onCrash: (): RestartDecision => {
      const now = options.now().getTime();
      crashes = [...crashes.filter((at) => now - at < windowMs), now];
      const delayMs = crashes.length === 1 ? 0 : Math.min(max, base * 2 ** (crashes.length - 2));
      return { action: 'reload', delayMs, crashesInWindow: crashes.length };
    },
  };
};

/** Why the renderer went away, from Electron's `render-process-gone` reason. */
export const isCleanExit = (reason: string): boolean => reason === 'clean-exit';

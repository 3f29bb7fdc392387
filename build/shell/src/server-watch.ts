import { healthSchema, replySchema } from '@openops/protocol';

export type FetchLike = (
  url: string,
  init?: { method?: string; headers?: Record<string, string>; body?: string; signal?: AbortSignal },
) => Promise<{ status: number; json: () => Promise<unknown> }>;

/** True when the server answers its health check with a valid envelope. */
export const probeServer = async (
  fetchImpl: FetchLike,
  serverUrl: string,
  timeoutMs = 3000,
): Promise<boolean> => {
  try {
    const response = await fetchImpl(new URL('/api/v1/health', serverUrl).toString(), {
      signal: AbortSignal.timeout(timeoutMs),
    });
    const reply = replySchema(healthSchema).safeParse(await response.json());
    return reply.success && reply.data.ok;
  } catch {
    return false;
  }
};

export type ServerState = 'unknown' | 'up' | 'down';
export type ServerTransition = 'came-back' | 'went-down' | 'none';

/**
 * What a probe result means for the window: reload when the server is back after being
 * down (the page may show an error, or a new build may be waiting), nothing otherwise.
 */
export const serverTransition = (
  previous: ServerState,
  reachable: boolean,
): { next: ServerState; transition: ServerTransition } => {
  if (reachable) return { next: 'up', transition: previous === 'down' ? 'came-back' : 'none' };
  return { next: 'down', transition: previous === 'down' ? 'none' : 'went-down' };
};

export type ServerWatchOptions = {
  probe: () => Promise<boolean>;
  onTransition: (transition: Exclude<ServerTransition, 'none'>) => void;
  /** Between probes. Default 5 s. */
  intervalMs?: number;
  setTimer?: (run: () => void, ms: number) => { cancel: () => void };
};

const defaultTimer = (run: () => void, ms: number): { cancel: () => void } => {
  const handle = setTimeout(run, ms);
  return { cancel: () => clearTimeout(handle) };
};

/** Probes the server on a timer and reports when it goes down and comes back. */
export const watchServer = (options: ServerWatchOptions): { stop: () => void } => {
  const setTimer = options.setTimer ?? defaultTimer;
  const intervalMs = options.intervalMs ?? 5000;
  let state: ServerState = 'unknown';
  let stopped = false;
  let timer: { cancel: () => void } | null = null;
  const tick = async (): Promise<void> => {
    const reachable = await options.probe();
    if (stopped) return;
    const { next, transition } = serverTransition(state, reachable);
    state = next;
    if (transition !== 'none') options.onTransition(transition);
    timer = setTimer(() => void tick(), intervalMs);
  };
  void tick();
  return {
    stop: () => {
      stopped = true;
      timer?.cancel();
    },
  };
};

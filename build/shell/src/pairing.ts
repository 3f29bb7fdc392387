import {
  assertNever,
  pairingStateSchema,
  replySchema,
  type DeviceRole,
  type ErrorBody,
  type PairingState,
} from '@openops/protocol';
import type { FetchLike } from './server-watch';

/** What the pairing screen shows while the shell joins the centre. */
export type PairingView =
  | { kind: 'requesting' }
  | { kind: 'pending'; requestId: string; pairingCode: string }
  | { kind: 'unreachable'; message: string; retryInMs: number }
  | { kind: 'rejected'; pairingCode: string }
  | { kind: 'refused'; error: ErrorBody };

export type PairingOutcome =
  | { outcome: 'approved'; token: string }
  | { outcome: 'rejected' }
  | { outcome: 'refused'; error: ErrorBody }
  | { outcome: 'aborted' };

export type PairingOptions = {
  serverUrl: string;
  deviceId: string;
  role: DeviceRole;
  name: string;
  fetch: FetchLike;
  /** Waits, or rejects when the signal aborts. */
  delay: (ms: number, signal: AbortSignal) => Promise<void>;
  onView: (view: PairingView) => void;
  /** Called with each new request id so it is saved and resumed after a restart. */
  onRequest: (requestId: string | undefined) => Promise<void>;
  /** A request saved before a restart, polled instead of asking again. */
  resumeRequestId?: string;
  signal: AbortSignal;
  /** Between status polls while waiting for the admin. Default 2 s. */
  pollIntervalMs?: number;
  /** Longest wait between attempts while the server is unreachable. Default 30 s. */
  maxRetryMs?: number;
};

const pairingReplySchema = replySchema(pairingStateSchema);

type Answer = { ok: true; state: PairingState } | { ok: false; error: ErrorBody };

const call = async (options: PairingOptions, path: string, body?: unknown): Promise<Answer> => {
  const response = await options.fetch(new URL(path, options.serverUrl).toString(), {
    method: body === undefined ? 'GET' : 'POST',
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    signal: options.signal,
  });
  const parsed = pairingReplySchema.safeParse(await response.json());
  if (!parsed.success) {
    throw new Error(`máy chủ trả lời sai định dạng (unexpected reply, HTTP ${response.status})`);
  }
  return parsed.data.ok
    ? { ok: true, state: parsed.data.data }
    : { ok: false, error: parsed.data.error };
};

/**
 * Joins the centre under the pairing contract: ask for a pairing code, show it, poll until
 * an admin approves or rejects. An expired or forgotten request is replaced by a new one;
 * an unreachable server is retried with growing delays. Never throws.
 */
export const runPairing = async (options: PairingOptions): Promise<PairingOutcome> => {
  const pollMs = options.pollIntervalMs ?? 2000;
  const maxRetryMs = options.maxRetryMs ?? 30_000;
  const base = '/api/v1/devices/pairing-requests';
  let requestId = options.resumeRequestId;
  let failures = 0;
  while (!options.signal.aborted) {
    try {
      if (!requestId) options.onView({ kind: 'requesting' });
      const answer = requestId
        ? await call(options, `${base}/${encodeURIComponent(requestId)}`)
        : await call(options, base, {
            deviceId: options.deviceId,
            role: options.role,
            name: options.name,
          });
      failures = 0;
      if (!answer.ok) {
        if (requestId && answer.error.code === 'not-found') {
          // The server forgot the request (restarted, purged): ask again.
          requestId = undefined;
          await options.onRequest(undefined);
          continue;
        }
        options.onView({ kind: 'refused', error: answer.error });
        return { outcome: 'refused', error: answer.error };
      }
      const state = answer.state;
      if (state.deviceId !== options.deviceId) {
        const error: ErrorBody = {
          code: 'conflict',
          message: `Máy chủ trả về thiết bị khác (server answered for another device): ${state.deviceId}`,
        };
        options.onView({ kind: 'refused', error });
        return { outcome: 'refused', error };
      }
      if (state.requestId !== requestId) {
        requestId = state.requestId;
        await options.onRequest(requestId);
      }
      switch (state.status) {
        case 'pending':
          options.onView({ kind: 'pending', requestId, pairingCode: state.pairingCode });
          await options.delay(pollMs, options.signal);
          break;
        case 'approved':
          // The caller saves the token and clears the pending request in one write.
          if (state.token) return { outcome: 'approved', token: state.token };
          // The server hands a token over once; approved without one means it was collected
          // and then lost (a crash before saving). Only a new request can get another.
          requestId = undefined;
          await options.onRequest(undefined);
          break;
        case 'rejected':
          await options.onRequest(undefined);
          options.onView({ kind: 'rejected', pairingCode: state.pairingCode });
          return { outcome: 'rejected' };
        case 'expired':
          requestId = undefined;
          await options.onRequest(undefined);
          break;
        default:
          return assertNever(state.status);
      }
    } catch (error) {
      if (options.signal.aborted) break;
      failures += 1;
      const retryInMs = Math.min(maxRetryMs, 1000 * 2 ** (failures - 1));
      options.onView({ kind: 'unreachable', message: (error as Error).message, retryInMs });
      try {
        await options.delay(retryInMs, options.signal);
      } catch {
        break;
      }
    }
  }
  return { outcome: 'aborted' };
};

/** A delay that ends early, rejecting, when the signal aborts. */
export const abortableDelay = (ms: number, signal: AbortSignal): Promise<void> =>
  new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(new Error('aborted'));
      return;
    }
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(new Error('aborted'));
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });

import {
  fail,
  ok,
  pairingRequestBodySchema,
  type PairingState,
  type Reply,
} from '@openops/protocol';
import type { FetchLike } from '../server-watch';

/**
 * A small in-memory stand-in for the queue server's pairing endpoints, following the
 * contract in the protocol module, for unit tests of the shell's side. `down` makes every
 * request fail as a network error does.
 */
export const createFakePairingServer = () => {
  const requests = new Map<string, PairingState>();
  let next = 1;
  let down = false;
  const calls: string[] = [];

  const answer = (status: number, body: Reply<unknown>) => ({
    status,
    json: async (): Promise<unknown> => body,
  });

  const fetch: FetchLike = async (url, init) => {
    const { pathname } = new URL(url);
    calls.push(`${init?.method ?? 'GET'} ${pathname}`);
    if (down) throw new TypeError('fetch failed: connect ECONNREFUSED');
    if (pathname === '/api/v1/health') {
      return answer(
        200,
        ok({ status: 'ok', version: '0', businessDay: '2026-11-26', uptimeSeconds: 1 }),
      );
    }
    if (init?.method === 'POST' && pathname === '/api/v1/devices/pairing-requests') {
      const body = pairingRequestBodySchema.safeParse(JSON.parse(init.body ?? 'null'));
      if (!body.success) return answer(400, fail('bad-request', 'bad body'));
      const requestId = `req-${next}`;
      const state: PairingState = {
        requestId,
        deviceId: body.data.deviceId,
        role: body.data.role,
        pairingCode: String(100000 + next),
        status: 'pending',
      };
      next += 1;
      requests.set(requestId, state);
      return answer(201, ok(state));
    }
    const match = /^\/api\/v1\/devices\/pairing-requests\/([^/]+)$/.exec(pathname);
    if (match?.[1] && (init?.method ?? 'GET') === 'GET') {
      const id = decodeURIComponent(match[1]);
      const state = requests.get(id);
      if (!state) return answer(404, fail('not-found', 'no such request'));
      // Like the real server, the token is handed over once.
      if (state.token) requests.set(id, { ...state, token: undefined });
      return answer(200, ok(state));
    }
    return answer(404, fail('not-found', `no route ${pathname}`));
  };

  const update = (requestId: string, change: Partial<PairingState>): void => {
    const state = requests.get(requestId);
    if (!state) throw new Error(`no request ${requestId}`);
    requests.set(requestId, { ...state, ...change });
  };

  return {
    fetch,
    calls,
    requests,
    setDown: (value: boolean) => {
      down = value;
    },
    /** Approves; a null token stands for one already collected (the server keeps no copy). */
    approve: (requestId: string, token: string | null = `token-${requestId}`) =>
      update(requestId, token === null ? { status: 'approved' } : { status: 'approved', token }),
    reject: (requestId: string) => update(requestId, { status: 'rejected' }),
    expire: (requestId: string) => update(requestId, { status: 'expired' }),
    forget: (requestId: string) => requests.delete(requestId),
  };
};

import type { Namespace, Server, Socket } from 'socket.io';
import {
  handshakeSchema,
  ok,
  supervisorNamespace,
  type SupervisorClientEvents,
  type SupervisorServerEvents,
} from '@openops/protocol';
import { createLogger } from '@openops/protocol/logger';
import { hasRole, type Security } from '../auth/security';
import type { FloorArea } from '../floor/floor-area';
import { releaseOnCredentialEnd } from './live-sessions';

const log = createLogger('supervisor-namespace');

/** How often the floor is recomputed while a supervisor watches; changes reach screens within it. */
export const floorRefreshMs = 500;

type SupervisorNamespace = Namespace<SupervisorClientEvents, SupervisorServerEvents>;

const refusal = (code: string, message: string): Error =>
  Object.assign(new Error(`${code}: ${message}`), { data: { code, message } });

/**
 * `/supervisor`: supervisors and admins only (their officer session as `auth.token`; an open
 * demo server also admits a client without a token). Each watcher gets the floor on connect
 * and again whenever it changes. A session that ends (sign-out, expiry) lets its watchers go,
 * and their handshake again is refused with why.
 */
export const attachSupervisorNamespace = (
  io: Server,
  floor: FloorArea,
  security: Security,
): { close: () => void } => {
  const namespace = io.of(supervisorNamespace) as unknown as SupervisorNamespace;
  namespace.use((socket: Socket, next: (error?: Error) => void) => {
    const parsed = handshakeSchema.safeParse(socket.handshake.auth);
    if (!parsed.success) {
      next(refusal('bad-request', 'handshake needs auth.deviceId'));
      return;
    }
    const reply = security.authenticate(parsed.data.token, {
      deviceId: parsed.data.deviceId,
      roles: ['supervisor'],
    });
    if (!reply.ok) {
      // A token that admits nobody says why (signed out, expired, account disabled...).
      next(
        parsed.data.token === undefined
          ? refusal(
              'unauthorized',
              'Cần đăng nhập tài khoản giám sát (supervisor sign-in required)',
            )
          : refusal(reply.error.code, reply.error.message),
      );
      return;
    }
    if (!hasRole(reply.data, ['supervisor', 'admin'])) {
      log.warn('handshake refused: wrong role', { roles: reply.data.roles });
      next(refusal('forbidden', 'Cần vai trò giám sát hoặc quản trị (supervisor or admin role)'));
      return;
    }
    socket.data.principal = reply.data;
    next();
  });

  let last = '';
  const push = (): void => {
    if (namespace.sockets.size === 0) {
      last = '';
      return;
    }
    const view = floor.view();
    const key = JSON.stringify({ ...view, at: '' });
    if (key === last) return;
    last = key;
    namespace.emit('floor:view', view);
  };
  const timer = setInterval(() => {
    try {
      push();
    } catch (error) {
      log.error('floor view failed', { error: (error as Error).message });
    }
  }, floorRefreshMs);
  timer.unref();

  namespace.on('connection', (socket) => {
    socket.emit('floor:view', floor.view());
    socket.on('floor:get', (_payload, ack) => {
      if (typeof ack === 'function') ack(ok(floor.view()));
    });
  });
  const stopReleasing = releaseOnCredentialEnd(io.of(supervisorNamespace), security);
  return {
    close: () => {
      clearInterval(timer);
      stopReleasing();
    },
  };
};

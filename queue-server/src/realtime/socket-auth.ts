import type { Namespace, Server, Socket } from 'socket.io';
import {
  fail,
  handshakeSchema,
  ok,
  principalSchema,
  type AnyRole,
  type ErrorCode,
  type Fail,
  type Principal,
  type Reply,
} from '@openops/protocol';
import { createLogger } from '@openops/protocol/logger';
import { hasRole, type Security } from '../auth/security';
import { createClientClock, rememberClientClock } from './action-lateness';

const log = createLogger('socket-auth');

/** Roles each namespace admits. A display cannot call numbers: it never reaches `/counter`. */
export const namespaceRoles: Record<string, readonly AnyRole[]> = {
  '/kiosk': ['kiosk'],
  '/counter': ['counter', 'supervisor', 'admin'],
  '/display': ['display'],
  '/agent': ['agent'],
};

/** A handshake refusal the client sees as `connect_error` with `data: { code, message }`. */
export const refusal = (code: ErrorCode, message: string): Error =>
  Object.assign(new Error(`${code}: ${message}`), { data: { code, message } });

/**
 * What an action that needs an officer answers a paired device: a counter PC's token holds the
 * `counter` role, but is no officer (as REST's `requireOfficer` answers).
 */
export const officerRequired = (): Fail =>
  fail('forbidden', 'Cán bộ cần đăng nhập để làm việc tại quầy (an officer must sign in)');

/**
 * Checks the handshake: `auth.deviceId` always, `auth.token` (officer session or paired
 * device) unless the server runs open demo access; the principal must hold a role the
 * namespace admits. A paired device acts under the id its token names, whatever it claims.
 * A token that admits nobody is refused with why (session signed out or expired, account
 * disabled or removed, pairing revoked), so the screen can say it.
 */
const guard =
  (name: string, security: Security | undefined) =>
  (socket: Socket, next: (error?: Error) => void): void => {
    const parsed = handshakeSchema.safeParse(socket.handshake.auth);
    if (!parsed.success) {
      next(refusal('bad-request', 'handshake needs auth.deviceId'));
      return;
    }
    const roles = namespaceRoles[name] ?? [];
    const role = roles[0];
    const authenticated: Reply<Principal> = security
      ? security.authenticate(parsed.data.token, {
          deviceId: parsed.data.deviceId,
          roles: role ? [role] : [],
        })
      : ok({ kind: 'demo', deviceId: parsed.data.deviceId, roles: role ? [role] : [] });
    if (!authenticated.ok) {
      log.warn('handshake refused: no valid token', {
        namespace: name,
        deviceId: parsed.data.deviceId,
        reason: authenticated.error.message,
      });
      next(refusal(authenticated.error.code, authenticated.error.message));
      return;
    }
    const principal = authenticated.data;
    if (!hasRole(principal, roles)) {
      log.warn('handshake refused: wrong role', { namespace: name, roles: principal.roles });
      next(
        refusal(
          'forbidden',
          `Vai trò ${principal.roles.join(', ')} không được vào ${name} (role not allowed here)`,
        ),
      );
      return;
    }
    socket.data.deviceId = principal.kind === 'device' ? principal.deviceId : parsed.data.deviceId;
    socket.data.principal = principal;
    // Checked against the configured counters on `/counter` (`rating-screen-guard.ts`).
    socket.data.ratingCounterId = parsed.data.ratingCounterId ?? null;
    if (parsed.data.clock !== undefined) {
      rememberClientClock(socket, createClientClock(parsed.data.clock, performance.now()));
    }
    next();
  };

export const deviceIdOf = (socket: Socket): string => String(socket.data.deviceId);

/** The counter a rating screen named in its handshake; null for any other socket. */
export const ratingCounterIdOf = (socket: Socket): string | null => {
  const value: unknown = socket.data.ratingCounterId;
  return typeof value === 'string' ? value : null;
};

/** Who the socket acts as, checked at the handshake. */
export const principalOf = (socket: Socket): Principal => {
  const parsed = principalSchema.safeParse(socket.data.principal);
  return parsed.success ? parsed.data : { kind: 'demo', deviceId: deviceIdOf(socket), roles: [] };
};

// socket.io's own constraint on event maps.
type EventsMap = { [event: string]: (...args: never[]) => void };

/**
 * Opens a role's namespace with its handshake check. socket.io types a server with one event
 * map for all namespaces; each role has its own, declared in the protocol module, so the
 * namespace is narrowed to it here, once. Without `security` (unit tests) every client is a
 * demo client.
 */
export const roleNamespace = <C extends EventsMap, S extends EventsMap>(
  io: Server,
  name: string,
  security?: Security,
): Namespace<C, S> => {
  const namespace = io.of(name);
  namespace.use(guard(name, security));
  return namespace as unknown as Namespace<C, S>;
};

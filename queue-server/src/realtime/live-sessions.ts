import type { Namespace, Server, Socket } from 'socket.io';
import {
  assertNever,
  handshakeSchema,
  namespaces,
  principalSchema,
  supervisorNamespace,
} from '@openops/protocol';
import { createLogger } from '@openops/protocol/logger';
import type { CentreConfig } from '../config/centre-config-schema';
import type { CredentialEnd, Security } from '../auth/security';
import { hashToken } from '../auth/tokens';

const log = createLogger('live-sessions');

/** The longest `setTimeout` waits (about 24.8 days); a longer session is watched in steps. */
const longestTimerMs = 2 ** 31 - 1;

const sessionKey = (tokenHash: string): string => `session:${tokenHash}`;
const deviceKey = (deviceId: string): string => `device:${deviceId}`;

const keyOfEnd = (end: CredentialEnd): string => {
  switch (end.kind) {
    case 'session':
      return sessionKey(end.tokenHash);
    case 'device':
      return deviceKey(end.deviceId);
    default:
      return assertNever(end);
  }
};

/**
 * The token a socket was admitted with and the key its credential is registered under: the
 * session token's hash for an officer, the device id for a paired device. Null for an open
 * demo's client, which has no credential to end.
 */
const credentialOf = (socket: Socket): { token: string; key: string } | null => {
  const handshake = handshakeSchema.safeParse(socket.handshake.auth);
  const principal = principalSchema.safeParse(socket.data.principal);
  const token = handshake.success ? handshake.data.token : undefined;
  if (token === undefined || !principal.success) return null;
  switch (principal.data.kind) {
    case 'officer':
      return { token, key: sessionKey(hashToken(token)) };
    case 'device':
      return { token, key: deviceKey(principal.data.deviceId) };
    case 'demo':
      return null;
    default:
      return assertNever(principal.data);
  }
};

/**
 * Lets go of a namespace's sockets (`disconnect(true)`) the moment the credential they were
 * admitted with ends: an officer's session signed out or expired, a device's pairing revoked
 * or replaced by a new one. Without it a socket outlives its session until it happens to
 * reconnect. The apps ask again at once and hear the handshake's coded refusal, which says
 * why. Live sockets are kept by credential (session token hash, device id); expiry is watched
 * per socket with a timer on the server's clock. Returns a function that stops listening.
 */
export const releaseOnCredentialEnd = (namespace: Namespace, security: Security): (() => void) => {
  const live = new Map<string, Set<Socket>>();
  const release = (socket: Socket, why: string): void => {
    log.info('socket let go: its credential ended', {
      namespace: namespace.name,
      deviceId: String(socket.data.deviceId),
      why,
    });
    socket.disconnect(true);
  };

  namespace.on('connection', (socket: Socket) => {
    const credential = credentialOf(socket);
    if (!credential) return;
    const sockets = live.get(credential.key) ?? new Set<Socket>();
    sockets.add(socket);
    live.set(credential.key, sockets);
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Null for a device token (pairings do not expire) or for a session that ended between
    // the handshake and now. Checked again when the timer fires: a clock set back meanwhile
    // (or a test's clock) may give the session longer.
    const watchExpiry = (): void => {
      const left = security.timeLeftOf(credential.token);
      if (left === null) {
        if (credential.key.startsWith('session:')) release(socket, 'expired');
        return;
      }
      timer = setTimeout(watchExpiry, Math.min(left, longestTimerMs));
      timer.unref();
    };
    watchExpiry();
    socket.once('disconnect', () => {
      clearTimeout(timer);
      sockets.delete(socket);
      if (sockets.size === 0 && live.get(credential.key) === sockets) live.delete(credential.key);
    });
  });

  return security.onCredentialEnded((end) => {
    [...(live.get(keyOfEnd(end)) ?? [])].forEach((socket) => release(socket, end.kind));
  });
};

const sameRoles = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((role) => b.includes(role));

/**
 * After a configuration edit: lets go of every officer's socket (`/counter`, `/supervisor`)
 * whose account the edit removed, disabled or gave other roles. Its handshake again then says
 * why it is refused, or admits it with the roles it holds now. Answers how many were let go.
 */
export const releaseChangedAccounts = (io: Server, officers: CentreConfig['officers']): number => {
  let released = 0;
  [namespaces.counter, supervisorNamespace].forEach((name) => {
    // Read, never created: `io.of` would open a namespace without its handshake check.
    const namespace: Namespace | undefined = io._nsps.get(name);
    namespace?.sockets.forEach((socket) => {
      const principal = principalSchema.safeParse(socket.data.principal);
      if (!principal.success || principal.data.kind !== 'officer') return;
      const { officerId, roles } = principal.data;
      const account = (officers ?? []).find((officer) => officer.id === officerId);
      if (account && !account.disabled && sameRoles(account.roles, roles)) return;
      log.info('socket let go: its account changed', { namespace: name, officerId });
      socket.disconnect(true);
      released += 1;
    });
  });
  return released;
};

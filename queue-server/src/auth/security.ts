import { fail, ok, type AnyRole, type Principal, type Reply } from '@openops/protocol';
import { createLogger } from '@openops/protocol/logger';
import type { CentreConfigStore } from '../config/centre-config-store';
import type { SqliteDatabase } from '../store/database';
import { createPairing } from './pairing';
import { createSignIn, type SessionEnd } from './sign-in';
import { tokenKind } from './tokens';

const log = createLogger('security');

export type SecurityOptions = {
  database: SqliteDatabase;
  config: CentreConfigStore;
  clock: () => Date;
  /**
   * Demo only: clients without a token are trusted with the role of where they connect
   * (socket namespace) or with kiosk and counter rights (REST). Default false. A token, when
   * given, is always checked.
   */
  openDemoAccess?: boolean;
};

/** Roles an anonymous REST caller gets on a demo server. */
export const demoRestRoles: readonly AnyRole[] = ['kiosk', 'counter'];

/**
 * A credential that stopped admitting its holder: an officer's session (by its token's hash)
 * ended at sign-out, or a device's pairing revoked or replaced. Not announced: a session's
 * expiry (each socket watches its own, `timeLeftOf`) and configuration edits (the realtime
 * layer checks the accounts after each).
 */
export type CredentialEnd =
  { kind: 'session'; tokenHash: string } | { kind: 'device'; deviceId: string };

const invalidToken = 'Phiên làm việc hết hạn hoặc không hợp lệ (session expired or invalid)';

/** What a token that no longer admits anyone is answered, by why: a coded `unauthorized`. */
const endedMessages: Record<SessionEnd | 'revoked', string> = {
  unknown: invalidToken,
  'signed-out':
    'Phiên làm việc đã kết thúc (đã đăng xuất), vui lòng đăng nhập lại (the session ended at sign-out: sign in again)',
  expired: 'Phiên làm việc đã hết hạn, vui lòng đăng nhập lại (the session expired: sign in again)',
  'account-disabled':
    'Tài khoản đã bị vô hiệu hoá, liên hệ quản trị viên (the account was disabled: ask an admin)',
  'account-removed':
    'Tài khoản không còn trong cấu hình trung tâm (the account was removed from the centre)',
  revoked:
    'Thiết bị đã bị thu hồi ghép nối, cần ghép nối lại (this device’s pairing was revoked: pair it again)',
};

/** Sign-in, pairing, and turning a bearer token into the principal it stands for. */
export const createSecurity = ({
  database,
  config,
  clock,
  openDemoAccess = false,
}: SecurityOptions) => {
  const listeners = new Set<(end: CredentialEnd) => void>();
  const ended = (end: CredentialEnd): void => {
    listeners.forEach((listener) => {
      try {
        listener(end);
      } catch (error) {
        log.error('credential end listener failed', { error: (error as Error).message });
      }
    });
  };
  const signIn = createSignIn({
    database,
    config,
    clock,
    onSignedOut: (tokenHash) => ended({ kind: 'session', tokenHash }),
  });
  const pairing = createPairing({
    database,
    clock,
    onRevoked: (deviceId) => ended({ kind: 'device', deviceId }),
  });
  if (openDemoAccess) {
    log.warn(
      'demo access is open: clients without a token are trusted (never use in a real centre)',
    );
  }

  /** The principal behind a token, or why it admits nobody (unknown, ended, expired, revoked). */
  const check = (token: string): Reply<Principal> => {
    switch (tokenKind(token)) {
      case 'officer': {
        const session = signIn.sessionOf(token);
        if (!session.ok) return fail('unauthorized', endedMessages[session.reason]);
        const { officer } = session;
        return ok({
          kind: 'officer',
          officerId: officer.id,
          name: officer.name,
          roles: officer.roles,
        });
      }
      case 'device': {
        const device = pairing.deviceCheck(token);
        if (!device.ok) return fail('unauthorized', endedMessages[device.reason]);
        return ok({
          kind: 'device',
          deviceId: device.device.deviceId,
          roles: [device.device.role],
        });
      }
      case null:
        return fail('unauthorized', invalidToken);
      default:
        return fail('unauthorized', invalidToken);
    }
  };

  /** The principal behind a token, or null when the token is unknown, expired or revoked. */
  const principalOf = (token: string): Principal | null => {
    const reply = check(token);
    return reply.ok ? reply.data : null;
  };

  /**
   * Milliseconds until an officer's session token expires, by the server's clock; null for a
   * device token (pairings do not expire) or a token that admits nobody already.
   */
  const timeLeftOf = (token: string): number | null => {
    if (tokenKind(token) !== 'officer') return null;
    const session = signIn.sessionOf(token);
    return session.ok ? Date.parse(session.expiresAt) - clock().getTime() : null;
  };

  /**
   * Authenticates a request or handshake: a valid token gives its principal; no token gives
   * the demo principal on an open demo server, else `unauthorized`, as does a token that admits
   * nobody, with why (signed out, expired, account disabled or removed, pairing revoked).
   */
  const authenticate = (
    token: string | undefined,
    anonymous: { deviceId: string; roles: readonly AnyRole[] },
  ): Reply<Principal> => {
    if (token === undefined) {
      return openDemoAccess
        ? ok({ kind: 'demo', deviceId: anonymous.deviceId, roles: [...anonymous.roles] })
        : fail(
            'unauthorized',
            'Cần đăng nhập hoặc ghép nối thiết bị (sign in or pair this device)',
          );
    }
    return check(token);
  };

  /** Counters an officer is assigned to; undefined means any. */
  const counterIdsOf = (principal: Principal): readonly string[] | undefined =>
    principal.kind === 'officer'
      ? (config.current().officers ?? []).find((officer) => officer.id === principal.officerId)
          ?.counterIds
      : undefined;

  /** Hears every credential that ends from now on; returns a function that stops listening. */
  const onCredentialEnded = (listener: (end: CredentialEnd) => void): (() => void) => {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  };

  return {
    signIn,
    pairing,
    authenticate,
    principalOf,
    timeLeftOf,
    onCredentialEnded,
    counterIdsOf,
    openDemoAccess,
  };
};

export type Security = ReturnType<typeof createSecurity>;

/** True when the principal holds any of the roles. */
export const hasRole = (principal: Principal, roles: readonly AnyRole[]): boolean =>
  principal.roles.some((role) => roles.includes(role));

/** The id the audit trail records for a principal. */
export const actorIdOf = (principal: Principal): string =>
  principal.kind === 'officer' ? principal.officerId : principal.deviceId;

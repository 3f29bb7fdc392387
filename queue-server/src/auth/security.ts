import { fail, ok, type AnyRole, type Principal, type Reply } from '@openops/protocol';
import { createLogger } from '@openops/protocol/logger';
import type { CentreConfigStore } from '../config/centre-config-store';
import type { SqliteDatabase } from '../store/database';
import { createPairing } from './pairing';
import { createSignIn } from './sign-in';
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

/** Sign-in, pairing, and turning a bearer token into the principal it stands for. */
export const createSecurity = ({
  database,
  config,
  clock,
  openDemoAccess = false,
}: SecurityOptions) => {
  const signIn = createSignIn({ database, config, clock });
  const pairing = createPairing({ database, clock });
  if (openDemoAccess) {
    log.warn(
      'demo access is open: clients without a token are trusted (never use in a real centre)',
    );
  }

  /** The principal behind a token, or null when the token is unknown, expired or revoked. */
  const principalOf = (token: string): Principal | null => {
    switch (tokenKind(token)) {
      case 'officer': {
        const officer = signIn.officerOf(token);
        return officer
          ? { kind: 'officer', officerId: officer.id, name: officer.name, roles: officer.roles }
          : null;
      }
      case 'device': {
        const device = pairing.deviceOf(token);
        return device ? { kind: 'device', deviceId: device.deviceId, roles: [device.role] } : null;
      }
      case null:
        return null;
      default:
        return null;
    }
  };

  /**
   * Authenticates a request or handshake: a valid token gives its principal; no token gives
   * the demo principal on an open demo server, else `unauthorized`.
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
    const principal = principalOf(token);
    return principal
      ? ok(principal)
      : fail(
          'unauthorized',
          'Phiên làm việc hết hạn hoặc không hợp lệ (session expired or invalid)',
        );
  };

  /** Counters an officer is assigned to; undefined means any. */
  const counterIdsOf = (principal: Principal): readonly string[] | undefined =>
    principal.kind === 'officer'
      ? (config.current().officers ?? []).find((officer) => officer.id === principal.officerId)
          ?.counterIds
      : undefined;

  return { signIn, pairing, authenticate, principalOf, counterIdsOf, openDemoAccess };
};

export type Security = ReturnType<typeof createSecurity>;

/** True when the principal holds any of the roles. */
export const hasRole = (principal: Principal, roles: readonly AnyRole[]): boolean =>
  principal.roles.some((role) => roles.includes(role));

/** The id the audit trail records for a principal. */
export const actorIdOf = (principal: Principal): string =>
  principal.kind === 'officer' ? principal.officerId : principal.deviceId;

import { fail, officerSchema, ok, type Reply, type Session } from '@openops/protocol';
import { createLogger } from '@openops/protocol/logger';
import type { CentreConfig } from '../config/centre-config-schema';
import type { CentreConfigStore } from '../config/centre-config-store';
import type { SqliteDatabase } from '../store/database';
import { verifyPassword } from './password';
import { hashToken, newToken } from './tokens';

const log = createLogger('sign-in');

/** A valid hash of no password anyone knows, so unknown usernames cost the same time. */
const decoyHash =
  'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

export type SignInDeps = {
  database: SqliteDatabase;
  config: CentreConfigStore;
  clock: () => Date;
  /** Told the hash of each session token that sign-out ends; default nobody. */
  onSignedOut?: (tokenHash: string) => void;
};

type ConfiguredOfficer = NonNullable<CentreConfig['officers']>[number];

/** Why a session token no longer admits anyone. */
export type SessionEnd =
  'unknown' | 'signed-out' | 'expired' | 'account-disabled' | 'account-removed';

/** A session token checked: its officer while it lasts, else why it ended. */
export type SessionCheck =
  { ok: true; officer: ConfiguredOfficer; expiresAt: string } | { ok: false; reason: SessionEnd };

/**
 * Officer sign-in with scrypt-hashed passwords and lockout: `maxSignInFailures` wrong
 * passwords in a row (default 5) lock the username for `lockoutMinutes` (default 15), even
 * against the right password, so guessing is slow. Sessions last `sessionHours` (default 12).
 */
export const createSignIn = ({
  database,
  config,
  clock,
  onSignedOut = () => undefined,
}: SignInDeps) => {
  const failures = {
    get: database.prepare<[string], { failures: number; locked_until: string | null }>(
      'SELECT failures, locked_until FROM sign_in_failures WHERE username = ?',
    ),
    save: database.prepare(
      `INSERT INTO sign_in_failures (username, failures, locked_until) VALUES (?, ?, ?)
       ON CONFLICT (username) DO UPDATE SET failures = excluded.failures, locked_until = excluded.locked_until`,
    ),
    clear: database.prepare('DELETE FROM sign_in_failures WHERE username = ?'),
  };
  const sessions = {
    insert: database.prepare(
      'INSERT INTO officer_sessions (token_hash, officer_id, created_at, expires_at) VALUES (?, ?, ?, ?)',
    ),
    get: database.prepare<
      [string],
      { officer_id: string; expires_at: string; ended_at: string | null }
    >('SELECT officer_id, expires_at, ended_at FROM officer_sessions WHERE token_hash = ?'),
    end: database.prepare(
      'UPDATE officer_sessions SET ended_at = ? WHERE token_hash = ? AND ended_at IS NULL',
    ),
    endAllOf: database.prepare(
      'UPDATE officer_sessions SET ended_at = ? WHERE officer_id = ? AND ended_at IS NULL',
    ),
    anyOf: database.prepare<[string], { found: number }>(
      'SELECT 1 AS found FROM officer_sessions WHERE officer_id = ? LIMIT 1',
    ),
  };

  const signIn = async (username: string, password: string): Promise<Reply<Session>> => {
    const centre = config.current();
    const policy = centre.queuePolicy ?? {};
    const now = clock();
    const record = failures.get.get(username);
    if (record?.locked_until && Date.parse(record.locked_until) > now.getTime()) {
      log.warn('sign-in refused: locked', { username });
      return fail(
        'account-locked',
        `Tài khoản tạm khóa đến ${new Date(record.locked_until).toLocaleTimeString('vi-VN', { timeZone: centre.centre.timeZone })} do nhập sai mật khẩu nhiều lần (account locked after repeated failures)`,
      );
    }
    const officer = (centre.officers ?? []).find(
      (candidate) => candidate.username === username && !candidate.disabled,
    );
    const matches = await verifyPassword(password, officer?.passwordHash ?? decoyHash);
    if (!officer || !matches) {
      const count = (record?.failures ?? 0) + 1;
      const max = policy.maxSignInFailures ?? 5;
      const lockedUntil =
        count >= max
          ? new Date(now.getTime() + (policy.lockoutMinutes ?? 15) * 60_000).toISOString()
          : null;
      failures.save.run(username, lockedUntil ? 0 : count, lockedUntil);
      log.warn('sign-in failed', { username, failures: count, locked: lockedUntil !== null });
      return fail(
        lockedUntil ? 'account-locked' : 'invalid-credentials',
        lockedUntil
          ? 'Nhập sai quá số lần cho phép, tài khoản tạm khóa (account locked)'
          : 'Tên đăng nhập hoặc mật khẩu không đúng (wrong username or password)',
      );
    }
    failures.clear.run(username);
    const token = newToken('officer');
    const expiresAt = new Date(
      now.getTime() + (policy.sessionHours ?? 12) * 3_600_000,
    ).toISOString();
    sessions.insert.run(hashToken(token), officer.id, now.toISOString(), expiresAt);
    log.info('signed in', { officer: officer.id });
    // The wire schema has no passwordHash: parsing strips it.
    return ok({ token, officer: officerSchema.parse(officer), expiresAt });
  };

  /**
   * The officer a session token belongs to, while it lasts; else why it ended. The account is
   * read from the configuration at each check, so disabling or removing it ends its sessions.
   */
  const sessionOf = (token: string): SessionCheck => {
    const session = sessions.get.get(hashToken(token));
    if (!session) return { ok: false, reason: 'unknown' };
    // The account first: its sessions are ended when it is disabled or removed (`endAllOf`),
    // and the officer is told why rather than "signed out".
    const officer = (config.current().officers ?? []).find(
      (candidate) => candidate.id === session.officer_id,
    );
    if (!officer) return { ok: false, reason: 'account-removed' };
    if (officer.disabled) return { ok: false, reason: 'account-disabled' };
    if (session.ended_at) return { ok: false, reason: 'signed-out' };
    if (Date.parse(session.expires_at) <= clock().getTime())
      return { ok: false, reason: 'expired' };
    return { ok: true, officer, expiresAt: session.expires_at };
  };

  /** Ends the session (once: signing out again changes nothing) and says so. */
  const signOut = (token: string): void => {
    const tokenHash = hashToken(token);
    if (sessions.end.run(clock().toISOString(), tokenHash).changes > 0) onSignedOut(tokenHash);
  };

  /**
   * Ends every open session of an officer whose account is disabled or removed, so enabling it
   * again, or an account made anew under its id, brings none of the old tokens back.
   */
  const endAllOf = (officerId: string): void => {
    sessions.endAllOf.run(clock().toISOString(), officerId);
  };

  /** True once an officer id has ever signed in: its records (events, ratings) are its own. */
  const hasSignedIn = (officerId: string): boolean => sessions.anyOf.get(officerId) !== undefined;

  return { signIn, sessionOf, signOut, endAllOf, hasSignedIn };
};

export type SignIn = ReturnType<typeof createSignIn>;

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CentreConfig } from '../config/centre-config-schema';
import type { CentreConfigStore } from '../config/centre-config-store';
import { demoCentre } from '../config/demo-centre';
import { openDatabase } from '../store/database';
import { createSecurity, type CredentialEnd } from './security';
import { hashToken } from './tokens';

const cleanUps: Array<() => void> = [];
afterEach(() =>
  cleanUps
    .splice(0)
    .reverse()
    .forEach((cleanUp) => cleanUp()),
);

/** A secure centre over a store in its own folder, with a clock and configuration the test moves. */
const secureCentre = () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'openops-security-'));
  const database = openDatabase(path.join(folder, 'queue.sqlite'));
  cleanUps.push(() => rmSync(folder, { recursive: true, force: true }));
  cleanUps.push(() => database.close());
  const state = { now: new Date('2026-11-27T01:00:00.000Z'), centre: structuredClone(demoCentre) };
  const config: CentreConfigStore = {
    filePath: path.join(folder, 'centre.json'),
    current: () => state.centre,
    update: (mutator) => {
      state.centre = mutator(structuredClone(state.centre));
      return Promise.resolve({ ok: true, config: state.centre });
    },
  };
  const security = createSecurity({ database, config, clock: () => state.now });
  const ends: CredentialEnd[] = [];
  security.onCredentialEnded((end) => ends.push(end));
  return { security, state, ends };
};

const officerToken = async (security: ReturnType<typeof createSecurity>, username: string) => {
  const session = await security.signIn.signIn(username, 'canbo-demo');
  if (!session.ok) throw new Error(session.error.message);
  return session.data.token;
};

const pairedToken = (security: ReturnType<typeof createSecurity>, deviceId: string): string => {
  const { pairing } = security;
  const asked = pairing.request({ deviceId, role: 'kiosk', name: deviceId });
  const approved = pairing.approve(asked.requestId, asked.pairingCode, 'admin');
  if (!approved.ok) throw new Error(approved.error.message);
  const collected = pairing.collect(asked.requestId);
  if (!collected.ok || !collected.data.token) throw new Error('no token');
  return collected.data.token;
};

const anonymous = { deviceId: 'pc', roles: [] };

const refusalOf = (reply: ReturnType<ReturnType<typeof createSecurity>['authenticate']>) =>
  reply.ok ? null : reply.error;

describe('a token that no longer admits anyone', () => {
  it('is refused saying why: signed out, expired, account disabled or removed, pairing revoked', async () => {
    const { security, state } = secureCentre();
    const signedOut = await officerToken(security, 'can-bo-1');
    security.signIn.signOut(signedOut);
    expect(refusalOf(security.authenticate(signedOut, anonymous))).toEqual({
      code: 'unauthorized',
      message: expect.stringContaining('đã đăng xuất') as unknown,
    });

    const expiring = await officerToken(security, 'can-bo-2');
    expect(security.timeLeftOf(expiring)).toBe(12 * 3_600_000);
    state.now = new Date(state.now.getTime() + 12 * 3_600_000);
    expect(security.timeLeftOf(expiring)).toBeNull();
    expect(refusalOf(security.authenticate(expiring, anonymous))?.message).toContain('hết hạn');

    const disabled = await officerToken(security, 'can-bo-3');
    const removed = await officerToken(security, 'can-bo-4');
    const officers = (state.centre.officers ?? [])
      .filter((officer) => officer.id !== 'can-bo-4')
      .map((officer) => (officer.id === 'can-bo-3' ? { ...officer, disabled: true } : officer));
    state.centre = { ...state.centre, officers } satisfies CentreConfig;
    expect(refusalOf(security.authenticate(disabled, anonymous))?.message).toContain('vô hiệu hoá');
    expect(refusalOf(security.authenticate(removed, anonymous))?.message).toContain(
      'không còn trong cấu hình',
    );

    const kiosk = pairedToken(security, 'kiosk-9');
    expect(security.authenticate(kiosk, anonymous)).toMatchObject({
      ok: true,
      data: { kind: 'device', deviceId: 'kiosk-9' },
    });
    expect(security.timeLeftOf(kiosk)).toBeNull();
    security.pairing.revoke('kiosk-9');
    expect(refusalOf(security.authenticate(kiosk, anonymous))?.message).toContain('thu hồi');

    // A token nobody ever held is only "invalid".
    expect(refusalOf(security.authenticate('o.made-up', anonymous))?.message).toContain(
      'không hợp lệ',
    );
  });

  it('stays ended once its account is disabled, even when the account is enabled again', async () => {
    const { security, state } = secureCentre();
    const token = await officerToken(security, 'can-bo-3');
    const withCanBo3 = (disabled: boolean): CentreConfig => ({
      ...state.centre,
      officers: (state.centre.officers ?? []).map((officer) =>
        officer.id === 'can-bo-3' ? { ...officer, disabled } : officer,
      ),
    });
    expect(security.signIn.hasSignedIn('can-bo-3')).toBe(true);
    expect(security.signIn.hasSignedIn('can-bo-4')).toBe(false);
    state.centre = withCanBo3(true);
    security.signIn.endAllOf('can-bo-3');
    expect(refusalOf(security.authenticate(token, anonymous))?.message).toContain('vô hiệu hoá');
    state.centre = withCanBo3(false);
    expect(refusalOf(security.authenticate(token, anonymous))?.message).toContain('đã đăng xuất');
    // A new sign-in works as ever.
    const again = await officerToken(security, 'can-bo-3');
    expect(security.authenticate(again, anonymous).ok).toBe(true);
  });

  it('is announced as it ends: a sign-out once, a revocation, a device paired anew', async () => {
    const { security, ends } = secureCentre();
    const token = await officerToken(security, 'can-bo-1');
    security.signIn.signOut(token);
    security.signIn.signOut(token);
    expect(ends).toEqual([{ kind: 'session', tokenHash: hashToken(token) }]);

    const first = pairedToken(security, 'kiosk-9');
    ends.length = 0;
    // Paired anew: the earlier token stops admitting it.
    pairedToken(security, 'kiosk-9');
    expect(ends).toEqual([{ kind: 'device', deviceId: 'kiosk-9' }]);
    expect(security.principalOf(first)).toBeNull();
    ends.length = 0;
    expect(security.pairing.revoke('kiosk-9')).toBe(1);
    expect(security.pairing.revoke('kiosk-9')).toBe(0);
    expect(ends).toEqual([{ kind: 'device', deviceId: 'kiosk-9' }]);
  });
});

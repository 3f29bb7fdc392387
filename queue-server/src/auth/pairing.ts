import { randomUUID } from 'node:crypto';
import {
  fail,
  ok,
  type DeviceRole,
  type PairingRequestBody,
  type PairingState,
  type PairingStatus,
  type Reply,
} from '@openops/protocol';
import { createLogger } from '@openops/protocol/logger';
import type { SqliteDatabase } from '../store/database';
import { hashToken, newPairingCode, newToken } from './tokens';

const log = createLogger('pairing');

/** Minutes a pairing request waits for an admin before it expires. Default 15. */
export const pairingLifetimeMinutes = 15;

type RequestRow = {
  id: string;
  device_id: string;
  role: DeviceRole;
  name: string;
  pairing_code: string;
  status: PairingStatus;
  token: string | null;
  created_at: string;
};

export type PairedDevice = {
  deviceId: string;
  role: DeviceRole;
  name: string;
  approvedBy: string | null;
  approvedAt: string;
};

/** A device token checked: the device while its pairing lasts, else why it does not admit it. */
export type DeviceCheck =
  | { ok: true; device: { deviceId: string; role: DeviceRole } }
  | { ok: false; reason: 'unknown' | 'revoked' };

export type PairingDeps = {
  database: SqliteDatabase;
  clock: () => Date;
  /**
   * Told each device whose tokens stop admitting it: revoked by an admin, or replaced by an
   * approved new pairing. Default nobody.
   */
  onRevoked?: (deviceId: string) => void;
};

/**
 * Device pairing (`queue-server/protocol/src/pairing.ts`): a device asks, shows its six-digit
 * code, an admin approves it by that code, the device collects its token once. Tokens are
 * stored hashed; re-pairing a device revokes its older tokens.
 */
export const createPairing = ({ database, clock, onRevoked = () => undefined }: PairingDeps) => {
  const statements = {
    insert: database.prepare(
      `INSERT INTO pairing_requests (id, device_id, role, name, pairing_code, status, created_at)
       VALUES (?, ?, ?, ?, ?, 'pending', ?)`,
    ),
    get: database.prepare<[string], RequestRow>('SELECT * FROM pairing_requests WHERE id = ?'),
    pending: database.prepare<[], RequestRow>(
      `SELECT * FROM pairing_requests WHERE status = 'pending' ORDER BY created_at`,
    ),
    decide: database.prepare(
      `UPDATE pairing_requests SET status = ?, token = ?, decided_by = ?, decided_at = ?
       WHERE id = ? AND status = 'pending'`,
    ),
    clearToken: database.prepare('UPDATE pairing_requests SET token = NULL WHERE id = ?'),
    revokeDevice: database.prepare(
      'UPDATE device_tokens SET revoked_at = ? WHERE device_id = ? AND revoked_at IS NULL',
    ),
    insertToken: database.prepare(
      `INSERT INTO device_tokens (token_hash, device_id, role, name, approved_by, approved_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
    ),
    token: database.prepare<
      [string],
      { device_id: string; role: DeviceRole; revoked_at: string | null }
    >('SELECT device_id, role, revoked_at FROM device_tokens WHERE token_hash = ?'),
    devices: database.prepare<
      [],
      {
        device_id: string;
        role: DeviceRole;
        name: string;
        approved_by: string | null;
        approved_at: string;
      }
    >(
      `SELECT device_id, role, name, approved_by, approved_at FROM device_tokens
       WHERE revoked_at IS NULL ORDER BY device_id`,
    ),
  };

  const isExpired = (row: RequestRow): boolean =>
    row.status === 'pending' &&
    Date.parse(row.created_at) + pairingLifetimeMinutes * 60_000 <= clock().getTime();

  const toState = (row: RequestRow, withToken: boolean): PairingState => ({
    requestId: row.id,
    deviceId: row.device_id,
    role: row.role,
    name: row.name,
    pairingCode: row.pairing_code,
    status: isExpired(row) ? 'expired' : row.status,
    ...(withToken && row.token ? { token: row.token } : {}),
  });

  const request = (body: PairingRequestBody): PairingState => {
    const id = randomUUID();
    statements.insert.run(
      id,
      body.deviceId,
      body.role,
      body.name,
      newPairingCode(),
      clock().toISOString(),
    );
    log.info('pairing requested', { deviceId: body.deviceId, role: body.role });
    const row = statements.get.get(id);
    if (!row) throw new Error('pairing request vanished');
    return toState(row, false);
  };

  /** The device polls this; the token is handed over once, then only its hash remains. */
  const collect = (requestId: string): Reply<PairingState> => {
    const row = statements.get.get(requestId);
    if (!row) return fail('not-found', 'Không có yêu cầu ghép nối này (no such pairing request)');
    const state = toState(row, true);
    if (state.token) statements.clearToken.run(requestId);
    return ok(state);
  };

  const decide = database.transaction(
    (
      requestId: string,
      approve: boolean,
      pairingCode: string | null,
      admin: string,
    ): Reply<PairingState> => {
      const row = statements.get.get(requestId);
      if (!row) return fail('not-found', 'Không có yêu cầu ghép nối này (no such pairing request)');
      if (isExpired(row) || row.status !== 'pending') {
        const decided = {
          pending: 'đang chờ',
          approved: 'đã được duyệt',
          rejected: 'đã bị từ chối',
          expired: 'đã hết hạn',
        }[toState(row, false).status];
        return fail('conflict', `Yêu cầu ghép nối này ${decided} (request no longer pending)`);
      }
      if (approve && pairingCode !== row.pairing_code) {
        return fail(
          'bad-request',
          'Mã ghép nối không khớp với mã trên thiết bị (pairing code does not match)',
        );
      }
      const at = clock().toISOString();
      if (!approve) {
        statements.decide.run('rejected', null, admin, at, requestId);
      } else {
        const token = newToken('device');
        statements.revokeDevice.run(at, row.device_id);
        statements.insertToken.run(hashToken(token), row.device_id, row.role, row.name, admin, at);
        statements.decide.run('approved', token, admin, at, requestId);
      }
      log.info('pairing decided', { deviceId: row.device_id, approved: approve, by: admin });
      const after = statements.get.get(requestId);
      return after ? ok(toState(after, false)) : fail('internal', 'pairing request vanished');
    },
  );

  const deviceCheck = (token: string): DeviceCheck => {
    const row = statements.token.get(hashToken(token));
    if (!row) return { ok: false, reason: 'unknown' };
    if (row.revoked_at) return { ok: false, reason: 'revoked' };
    return { ok: true, device: { deviceId: row.device_id, role: row.role } };
  };

  return {
    request,
    collect,
    /** Approving revokes the device's earlier tokens: their holders are let go (`onRevoked`). */
    approve: (requestId: string, pairingCode: string, admin: string): Reply<PairingState> => {
      const reply = decide(requestId, true, pairingCode, admin);
      if (reply.ok) onRevoked(reply.data.deviceId);
      return reply;
    },
    reject: (requestId: string, admin: string) => decide(requestId, false, null, admin),
    pending: (): PairingState[] =>
      statements.pending
        .all()
        .map((row) => toState(row, false))
        .filter((state) => state.status === 'pending'),
    /** The live device a token belongs to, or why it admits none (unknown, revoked). */
    deviceCheck,
    devices: (): PairedDevice[] =>
      statements.devices.all().map((row) => ({
        deviceId: row.device_id,
        role: row.role,
        name: row.name,
        approvedBy: row.approved_by,
        approvedAt: row.approved_at,
      })),
    /** Revokes every live token of the device; answers how many (0: it was not paired). */
    revoke: (deviceId: string): number => {
      const revoked = statements.revokeDevice.run(clock().toISOString(), deviceId).changes;
      if (revoked > 0) onRevoked(deviceId);
      return revoked;
    },
  };
};

export type Pairing = ReturnType<typeof createPairing>;

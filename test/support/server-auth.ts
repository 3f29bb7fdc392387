import type { PairingState, Session } from '@openops/protocol';

/** Demo centre accounts (README, "Configuration"). */
export const demoAccounts = {
  admin: { username: 'admin', password: 'admin-demo' },
  supervisor: { username: 'giam-sat', password: 'giamsat-demo' },
  officer1: { username: 'can-bo-1', password: 'canbo-demo' },
  officer2: { username: 'can-bo-2', password: 'canbo-demo' },
} as const;

type Envelope<T> = { ok: true; data: T } | { ok: false; error: { code: string; message: string } };

/** Calls a REST route and returns the HTTP status with the parsed envelope. */
export const api = async <T>(
  serverUrl: string,
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  route: string,
  options: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: Envelope<T> }> => {
  const response = await fetch(`${serverUrl}/api/v1${route}`, {
    method,
    headers: {
      ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
  });
  return { status: response.status, body: (await response.json()) as Envelope<T> };
};

const unwrap = <T>(reply: { status: number; body: Envelope<T> }, what: string): T => {
  if (!reply.body.ok) {
    throw new Error(
      `${what} failed (${reply.status}): ${reply.body.error.code} ${reply.body.error.message}`,
    );
  }
  return reply.body.data;
};

/** Signs an officer in; resolves with the session (its `token` goes in `auth.token` or Bearer). */
export const signIn = async (
  serverUrl: string,
  account: { username: string; password: string },
): Promise<Session> =>
  unwrap(await api<Session>(serverUrl, 'POST', '/sessions', { body: account }), 'sign-in');

/**
 * Pairs a device the way a real one does: it asks, an admin approves by the code it shows, it
 * collects its token. Resolves with the device token.
 */
export const pairDevice = async (
  serverUrl: string,
  device: { deviceId: string; role: 'kiosk' | 'counter' | 'display' | 'agent'; name?: string },
  adminToken?: string,
): Promise<string> => {
  const admin = adminToken ?? (await signIn(serverUrl, demoAccounts.admin)).token;
  const requested = unwrap(
    await api<PairingState>(serverUrl, 'POST', '/devices/pairing-requests', {
      body: { deviceId: device.deviceId, role: device.role, name: device.name ?? device.deviceId },
    }),
    'pairing request',
  );
  unwrap(
    await api<PairingState>(
      serverUrl,
      'POST',
      `/devices/pairing-requests/${requested.requestId}/approve`,
      { token: admin, body: { pairingCode: requested.pairingCode } },
    ),
    'pairing approval',
  );
  const collected = unwrap(
    await api<PairingState>(serverUrl, 'GET', `/devices/pairing-requests/${requested.requestId}`),
    'token collection',
  );
  if (!collected.token) throw new Error('approved pairing handed out no token');
  return collected.token;
};

import { errorCodeSchema, type ErrorCode } from '@openops/protocol';

export type HandshakeRefusal = { code: ErrorCode; message: string };

/**
 * The server's coded reason for refusing a handshake (a rating page's unknown counter, an unknown
 * display, no pairing, a wrong role), read from a `connect_error`; null for a network error,
 * which socket.io retries by itself. socket.io never retries a refusal: the screen says why and
 * asks again later, in case the configuration has been fixed meanwhile.
 */
export const handshakeRefusalOf = (error: unknown): HandshakeRefusal | null => {
  const data: unknown =
    typeof error === 'object' && error !== null && 'data' in error ? error.data : null;
  if (typeof data !== 'object' || data === null) return null;
  const code = errorCodeSchema.safeParse('code' in data ? data.code : null);
  const message = 'message' in data ? data.message : null;
  return code.success && typeof message === 'string' ? { code: code.data, message } : null;
};

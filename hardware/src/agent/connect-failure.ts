import { z } from 'zod';

/** What the server's handshake check attaches to a refusal (`refusal` in the server's socket-auth). */
const refusalSchema = z.object({ code: z.string().min(1), message: z.string() });

export type ConnectFailure =
  { kind: 'refused'; code: string; message: string } | { kind: 'network'; description: string };

/** A readable line from what the transport gave as the cause (an error, a WebSocket error event, an HTTP status). */
const describe = (cause: unknown): string | null => {
  if (cause instanceof Error) return cause.message;
  if (typeof cause === 'string' || typeof cause === 'number') return String(cause);
  if (typeof cause === 'object' && cause !== null) {
    const { error, message } = cause as { error?: unknown; message?: unknown };
    if (error instanceof Error) return error.message;
    if (typeof message === 'string' && message !== '') return message;
  }
  return null;
};

/**
 * Why a connection attempt failed: the server refused the handshake with a coded reason
 * (pairing revoked, token unknown, wrong role), or the network did (`connect ECONNREFUSED ...`).
 */
export const connectFailureOf = (error: Error): ConnectFailure => {
  const refusal = refusalSchema.safeParse((error as { data?: unknown }).data);
  if (refusal.success) return { kind: 'refused', ...refusal.data };
  const cause = describe((error as { description?: unknown }).description);
  return { kind: 'network', description: cause ? `${error.message}: ${cause}` : error.message };
};

/** socket.io's `disconnect` details (a transport error or close event), as one line, if any. */
export const describeDisconnect = (details: unknown): string | undefined => {
  if (details === undefined) return undefined;
  const { description } = details as { description?: unknown };
  return describe(description ?? details) ?? undefined;
};

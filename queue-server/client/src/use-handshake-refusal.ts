import { useEffect, useState } from 'react';
import { handshakeRefusalOf } from './handshake-refusal';
import type { AppRole, RoleSocket } from './role-socket';

/** How long a refused screen waits before asking the server again. Default 30 s. */
export const refusedRetryMs = 30_000;

/**
 * Why the server refused this screen's handshake (a display or a rating page's counter the
 * centre does not list, no pairing), in the server's words; null while it is accepted.
 * socket.io never retries a refusal, so the screen asks again every `retryMs`: once the
 * configuration is fixed, it comes back by itself. Let go by the server (its entry removed),
 * it asks again at once, to hear why. So does a refusal that came before these listeners were
 * added (the socket connects as soon as it is made).
 */
export const useHandshakeRefusal = <R extends AppRole>(
  socket: RoleSocket<R> | null,
  retryMs = refusedRetryMs,
): string | null => {
  const [refusal, setRefusal] = useState<string | null>(null);
  useEffect(() => {
    // Another socket (a new server address, a new token): the old one's refusal is not its own.
    setRefusal(null);
    if (!socket) return undefined;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const onConnectError = (error: Error): void => {
      // A network error socket.io retries by itself.
      const refused = handshakeRefusalOf(error);
      if (!refused) return;
      setRefusal(refused.message);
      clearTimeout(retry);
      retry = setTimeout(() => socket.connect(), retryMs);
    };
    const onDisconnect = (reason: string): void => {
      if (reason === 'io server disconnect') socket.connect();
    };
    const onConnect = (): void => setRefusal(null);
    socket.on('connect_error', onConnectError);
    socket.on('disconnect', onDisconnect);
    socket.on('connect', onConnect);
    if (!socket.connected && !socket.active) socket.connect();
    return () => {
      clearTimeout(retry);
      socket.off('connect_error', onConnectError);
      socket.off('disconnect', onDisconnect);
      socket.off('connect', onConnect);
    };
  }, [socket, retryMs]);
  return refusal;
};

import { useEffect, useRef } from 'react';
import { handshakeRefusalOf, type HandshakeRefusal, type RoleSocket } from '@openops/client';

/**
 * Hears the server refuse this screen's socket at its handshake (a session expired or ended, an
 * account disabled): `onRefused` gets the server's coded reason and the socket refused. socket.io
 * never retries a refused handshake, so without this the screen would wait, offline, for a
 * connection that never comes. A socket the server let go of (`io server disconnect`) asks
 * again at once, to hear why; so does one refused before these listeners were added (it
 * connects as soon as it is made). A network error is not a refusal: socket.io retries it.
 */
export const useSessionRefusal = (
  socket: RoleSocket<'counter'> | null,
  onRefused: (refusal: HandshakeRefusal, refused: RoleSocket<'counter'>) => void,
): void => {
  const latest = useRef(onRefused);
  useEffect(() => {
    latest.current = onRefused;
  });
  useEffect(() => {
    if (!socket) return undefined;
    const onConnectError = (error: Error): void => {
      const refused = handshakeRefusalOf(error);
      if (refused) latest.current(refused, socket);
    };
    const onDisconnect = (reason: string): void => {
      if (reason === 'io server disconnect') socket.connect();
    };
    socket.on('connect_error', onConnectError);
    socket.on('disconnect', onDisconnect);
    if (!socket.connected && !socket.active) socket.connect();
    return () => {
      socket.off('connect_error', onConnectError);
      socket.off('disconnect', onDisconnect);
    };
  }, [socket]);
};

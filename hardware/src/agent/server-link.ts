import type { Socket } from 'socket.io-client';
import { createLogger } from '@openops/protocol/logger';
import { connectFailureOf, describeDisconnect } from './connect-failure';

const log = createLogger('agent-link');

export type ServerLink = {
  /** Leaves the server alone for `retryMs`, then connects again (after a refused announcement). */
  retryLater: () => void;
  /** Stops retrying; the caller closes the socket. */
  stop: () => void;
};

/**
 * Keeps an agent's socket coming back, and says why it is not connected. socket.io reconnects
 * by itself after a network error, but not after the server refused the handshake (pairing
 * revoked, token unknown) or let the agent go: then it connects again after `retryMs`, slowly
 * enough that a refused agent does not hammer the server, and comes back once the reason is gone.
 */
export const keepServerLink = (
  socket: Socket,
  { serverUrl, retryMs }: { serverUrl: string; retryMs: number },
): ServerLink => {
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  const retryLater = (): void => {
    if (stopped || timer) return;
    timer = setTimeout(() => {
      timer = null;
      if (!stopped && !socket.connected) socket.connect();
    }, retryMs);
  };

  socket.on('disconnect', (reason, details) => {
    if (stopped) return;
    if (reason === 'io server disconnect') {
      log.error('server let this agent go; connecting again later', {
        server: serverUrl,
        why: 'pairing revoked or replaced, or a newer link of this agent took over',
        retryInMs: retryMs,
      });
      retryLater();
      return;
    }
    const description = describeDisconnect(details);
    log.warn('disconnected from server', {
      server: serverUrl,
      reason,
      ...(description ? { description } : {}),
    });
  });
  socket.on('connect_error', (error) => {
    const failure = connectFailureOf(error);
    if (failure.kind === 'refused') {
      log.error('server refused this agent; connecting again later', {
        server: serverUrl,
        code: failure.code,
        message: failure.message,
        retryInMs: retryMs,
      });
    } else {
      log.warn('cannot reach server, retrying', { server: serverUrl, error: failure.description });
    }
    // socket.io gives up on a socket whose handshake the server refused.
    if (!socket.active) retryLater();
  });

  return {
    retryLater,
    stop: () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
};

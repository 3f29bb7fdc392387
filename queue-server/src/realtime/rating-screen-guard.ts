import type { Server, Socket } from 'socket.io';
import { namespaces } from '@openops/protocol';
import { createLogger } from '@openops/protocol/logger';
import type { CentreConfigStore } from '../config/centre-config-store';
import { ratingCounterIdOf, refusal } from './socket-auth';

const log = createLogger('rating-screen-guard');

const isConfigured = (config: Pick<CentreConfigStore, 'current'>, counterId: string): boolean =>
  config.current().counters.some((counter) => counter.id === counterId);

/**
 * A rating page names its counter in the handshake (`auth.ratingCounterId`), and the floor lists
 * it as that counter's rating screen, needed while the counter is open. A counter the
 * configuration does not have (a typo in the tablet's address, a counter since removed) would give
 * a screen that is never needed, never missed, and named after a raw id: it is refused instead,
 * coded `not-found` like an unknown display, and the page says why and asks again later. Runs on
 * `/counter` after the handshake check, which has read the id.
 */
export const refuseUnknownRatingCounter =
  (config: Pick<CentreConfigStore, 'current'>) =>
  (socket: Socket, next: (error?: Error) => void): void => {
    const counterId = ratingCounterIdOf(socket);
    if (counterId === null || isConfigured(config, counterId)) {
      next();
      return;
    }
    log.warn('rating screen of an unknown counter refused', { counterId });
    next(
      refusal(
        'not-found',
        `Quầy "${counterId}" chưa có trong cấu hình trung tâm (counter "${counterId}" is not configured)`,
      ),
    );
  };

/**
 * After a configuration change, disconnects the rating screens of counters it removed: their
 * reconnect then meets the refusal above and the page says so, rather than staying listed as the
 * screen of a counter that no longer exists. Returns how many were disconnected.
 */
export const disconnectRemovedRatingScreens = (
  io: Server,
  config: Pick<CentreConfigStore, 'current'>,
): number => {
  let removed = 0;
  for (const socket of io.of(namespaces.counter).sockets.values()) {
    const counterId = ratingCounterIdOf(socket);
    if (counterId === null || isConfigured(config, counterId)) continue;
    socket.disconnect(true);
    removed += 1;
  }
  return removed;
};

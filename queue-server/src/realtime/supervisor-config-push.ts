import type { Server } from 'socket.io';
import { namespaces, type Call, type CentreSnapshot, type DisplayView } from '@openops/protocol';
import { createLogger } from '@openops/protocol/logger';
import type { CentreConfigStore } from '../config/centre-config-store';
import { displayViewFor, zoneRoom } from './display-zones';
import { deviceIdOf } from './socket-auth';
import { disconnectRemovedRatingScreens } from './rating-screen-guard';
import { releaseChangedAccounts } from './live-sessions';

const log = createLogger('supervisor-config-push');

/**
 * After a supervisor's configuration change, screens already open learn it without a restart:
 * every kiosk, counter and display gets the new centre snapshot, and each display its new view
 * (zones, notice, layout) with its zone rooms moved to match, then its zones' latest calls (a
 * zone added shows its calls at once, a zone removed takes its calls off the screen). A display
 * removed from the configuration is disconnected, and its own reconnect then shows the coded refusal; so is the
 * rating screen of a removed counter, and every socket of an officer whose account was removed,
 * disabled or given other roles.
 */
export const pushConfigChange = (
  io: Server,
  config: CentreConfigStore,
  snapshot: () => CentreSnapshot,
  /** The latest calls of a display's zones, as many as its board shows (`recentCallsScope`). */
  recentCallsFor: (view: DisplayView) => Call[],
): void => {
  const current = config.current();
  let displays = 0;
  for (const socket of io.of(namespaces.display).sockets.values()) {
    const view = displayViewFor(current, deviceIdOf(socket));
    if (!view) {
      socket.disconnect(true);
      continue;
    }
    const rooms = new Set(view.zones.map(zoneRoom));
    [...socket.rooms]
      .filter((room) => room.startsWith('zone:') && !rooms.has(room))
      .forEach((room) => void socket.leave(room));
    void socket.join([...rooms]);
    socket.emit('display:config', view);
    socket.emit('calls:recent', recentCallsFor(view));
    displays += 1;
  }
  const ratingScreens = disconnectRemovedRatingScreens(io, config);
  const officers = releaseChangedAccounts(io, current.officers);
  const centre = snapshot();
  [namespaces.kiosk, namespaces.counter, namespaces.display].forEach((name) =>
    io.of(name).emit('centre:snapshot', centre),
  );
  log.info('configuration pushed to open screens', { displays, ratingScreens, officers });
};

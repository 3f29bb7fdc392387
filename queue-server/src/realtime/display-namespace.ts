import type { Call } from '@openops/protocol';
import { createLogger } from '@openops/protocol/logger';
import type { CentreConfigStore } from '../config/centre-config-store';
import type { DisplayNamespace, RealtimeContext } from './realtime-context';
import { deviceIdOf } from './socket-auth';
import { displayViewFor, recentCallsScope, zoneOfCall, zoneRoom } from './display-zones';

const log = createLogger('display-namespace');

/**
 * Displays name themselves with `auth.deviceId` = a display id from `centre.json`. An unknown
 * id is refused with a coded message the screen shows, rather than given every zone's calls.
 */
export const handleDisplays = (display: DisplayNamespace, context: RealtimeContext): void => {
  display.use((socket, next) => {
    const displayId = deviceIdOf(socket);
    if (displayViewFor(context.config.current(), displayId)) {
      next();
      return;
    }
    log.warn('unknown display refused', { displayId });
    const message = `Màn hình "${displayId}" chưa có trong cấu hình trung tâm (display not configured)`;
    // Coded like every handshake refusal: "<code>: <message>", with the parts in `data`.
    next(
      Object.assign(new Error(`not-found: ${message}`), { data: { code: 'not-found', message } }),
    );
  });

  display.on('connection', (socket) => {
    const view = displayViewFor(context.config.current(), deviceIdOf(socket));
    if (!view) {
      socket.disconnect(true);
      return;
    }
    // One room per zone: a call goes to its counter's zone room only, so each display in
    // several zones still gets it once.
    void socket.join(view.zones.map(zoneRoom));
    socket.emit('display:config', view);
    socket.emit('centre:snapshot', context.snapshot());
    socket.emit('queue:summary', context.queue.summary());
    socket.emit('calls:recent', context.queue.recentCalls(recentCallsScope(view)));
  });
};

/** Sends a call (or a recall) to the displays of its counter's zone only. */
export const callToDisplays = (
  display: DisplayNamespace,
  config: CentreConfigStore,
  call: Call,
): void => {
  const zone = zoneOfCall(config.current(), call);
  if (zone === null) {
    log.warn('call from a counter with no zone reaches no display', { counterId: call.counterId });
    return;
  }
  display.to(zoneRoom(zone)).emit('call:made', call);
};

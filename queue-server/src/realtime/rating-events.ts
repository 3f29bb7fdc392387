import type { Namespace, Server } from 'socket.io';
import {
  inboundSchemas,
  namespaces,
  type CounterClientEvents,
  type CounterServerEvents,
} from '@openops/protocol';
import type { RatingService } from '../ratings/rating-service';
import { deviceIdOf, officerRequired, principalOf } from './socket-auth';
import { validated } from './validated-handler';

/**
 * Rating events on the counter namespace: `rating:request` from the officer's screen (the
 * socket's device id names the PC whose agent drives the keypad), `rating:submit` from a
 * tablet rating page, and `rating:status` to every counter socket, waiting ones sent on connect.
 * Call after the role namespaces are attached, so `io.of` returns them with their handshake check.
 */
export const attachRatingEvents = (io: Server, ratings: RatingService): void => {
  const counter = io.of(namespaces.counter) as unknown as Namespace<
    CounterClientEvents,
    CounterServerEvents
  >;
  counter.on('connection', (socket) => {
    ratings.waiting().forEach((view) => socket.emit('rating:status', view));
    socket.on(
      'rating:request',
      validated('rating:request', inboundSchemas['rating:request'], (body) => {
        // A signed-in officer is the one rated, whatever the body says; a paired PC without an
        // officer's session rates nobody (it could name any officer). An open demo's screen,
        // which has no account, names its officer in the body, as its other actions do.
        const principal = principalOf(socket);
        if (principal.kind === 'device') return officerRequired();
        const officerId = principal.kind === 'officer' ? principal.officerId : body.officerId;
        return ratings.request({ ...body, officerId }, deviceIdOf(socket));
      }),
    );
    socket.on(
      'rating:submit',
      validated('rating:submit', inboundSchemas['rating:submit'], (body) =>
        ratings.submit(body.requestId, body.level, body.source),
      ),
    );
  });
  ratings.onStatusChange((view) => {
    counter.emit('rating:status', view);
  });
};

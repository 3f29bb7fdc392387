import { inboundSchemas, lateActionLimitMs, type Reply } from '@openops/protocol';
import { createLogger } from '@openops/protocol/logger';
import { actorForPrincipal, type Actor } from '../queue/actor';
import type { CounterNamespace, RealtimeContext } from './realtime-context';
import { followClientClock, latenessOf, lateRefusal } from './action-lateness';
import { deviceIdOf, officerRequired, principalOf } from './socket-auth';
import { afterFlush } from '../queue/after-flush';
import { validated } from './validated-handler';
import { counterRoom } from './queue-push';

const log = createLogger('counter-socket');

/**
 * Counter sockets: every lifecycle action mirrors a REST route. A socket joins its counter's
 * room on its first action there and receives `counter:view` on every change; an officer who
 * reconnects is put back in the rooms of the counters he holds, with their current views.
 */
export const handleCounters = (counter: CounterNamespace, context: RealtimeContext): void => {
  const { queue, config } = context;
  const ops = queue.counterOps;
  counter.on('connection', (socket) => {
    followClientClock(socket);
    const principal = principalOf(socket);
    socket.emit('centre:snapshot', context.snapshot());
    socket.emit('queue:summary', queue.summary());
    const actor = (): Reply<Actor> =>
      principal.kind === 'device'
        ? officerRequired()
        : { ok: true, data: actorForPrincipal(principal, config.current()) };

    const follow = (counterId: string): void => {
      if (socket.rooms.has(counterRoom(counterId))) return;
      void socket.join(counterRoom(counterId));
      const view = ops.view(counterId);
      if (view.ok) socket.emit('counter:view', view.data);
    };
    const self = actor();
    if (self.ok) {
      config.current().counters.forEach((candidate) => {
        const view = ops.view(candidate.id);
        if (view.ok && view.data.heldBy === self.data.id) follow(candidate.id);
      });
    }

    /**
     * Runs an action for the socket's actor and follows the counter it touched; the answer
     * waits until what the action committed is on the disk. An action that took longer than
     * `lateActionLimitMs` to arrive is refused: its officer has been told it got no answer.
     */
    const act =
      <B extends { counterId: string; sentAt?: number | undefined }, T>(
        run: (body: B, who: Actor) => Reply<T>,
      ) =>
      (body: B): Reply<T> | Promise<Reply<T>> => {
        const who = actor();
        if (!who.ok) return who;
        const late = latenessOf(socket, body.sentAt);
        if (late !== null && late > lateActionLimitMs) {
          log.warn('late counter action refused', {
            counterId: body.counterId,
            deviceId: deviceIdOf(socket),
            lateMs: Math.round(late),
          });
          return lateRefusal(late, 'xem lại số đang phục vụ');
        }
        const reply = run(body, who.data);
        if (reply.ok || reply.error.code !== 'not-found') follow(body.counterId);
        return afterFlush(queue.settled(), reply);
      };

    socket.on(
      'counter:call-next',
      validated(
        'counter:call-next',
        inboundSchemas['counter:call-next'],
        act((body, who) => ops.callNext(body.counterId, who)),
      ),
    );
    socket.on(
      'counter:open',
      validated(
        'counter:open',
        inboundSchemas['counter:open'],
        act((body, who) => ops.open(body.counterId, who)),
      ),
    );
    socket.on(
      'counter:pause',
      validated(
        'counter:pause',
        inboundSchemas['counter:pause'],
        act((body, who) => ops.pause(body.counterId, body.reason, who)),
      ),
    );
    socket.on(
      'counter:close',
      validated(
        'counter:close',
        inboundSchemas['counter:close'],
        act((body, who) => ops.close(body.counterId, who)),
      ),
    );
    socket.on(
      'counter:call-ticket',
      validated(
        'counter:call-ticket',
        inboundSchemas['counter:call-ticket'],
        act((body, who) => ops.callTicket(body.counterId, body.ticketId, who)),
      ),
    );
    socket.on(
      'counter:recall',
      validated(
        'counter:recall',
        inboundSchemas['counter:recall'],
        act((body, who) => ops.recall(body.counterId, who)),
      ),
    );
    socket.on(
      'counter:start',
      validated(
        'counter:start',
        inboundSchemas['counter:start'],
        act((body, who) => ops.start(body.counterId, who)),
      ),
    );
    socket.on(
      'counter:finish',
      validated(
        'counter:finish',
        inboundSchemas['counter:finish'],
        act((body, who) => ops.finish(body.counterId, who)),
      ),
    );
    socket.on(
      'counter:no-show',
      validated(
        'counter:no-show',
        inboundSchemas['counter:no-show'],
        act((body, who) => ops.noShow(body.counterId, who)),
      ),
    );
    socket.on(
      'counter:return',
      validated(
        'counter:return',
        inboundSchemas['counter:return'],
        act((body, who) => ops.returnToQueue(body.counterId, who)),
      ),
    );
    socket.on(
      'counter:transfer',
      validated(
        'counter:transfer',
        inboundSchemas['counter:transfer'],
        act((body, who) => ops.transfer(body.counterId, body, who)),
      ),
    );
    socket.on(
      'ticket:cancel',
      validated('ticket:cancel', inboundSchemas['ticket:cancel'], (body) => {
        const who = actor();
        return who.ok ? ops.cancel(body.ticketId, body.reason, who.data) : who;
      }),
    );
  });
};

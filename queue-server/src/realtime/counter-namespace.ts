import { inboundSchemas } from '@openops/protocol';
import type { CounterNamespace, RealtimeContext } from './realtime-context';
import { deviceIdOf } from './socket-auth';
import { validated } from './validated-handler';

export const handleCounters = (counter: CounterNamespace, context: RealtimeContext): void => {
  const { queue } = context;
  counter.on('connection', (socket) => {
    socket.emit('centre:snapshot', context.snapshot());
    socket.emit('queue:summary', queue.summary());
    socket.on(
      'counter:call-next',
      validated('counter:call-next', inboundSchemas['counter:call-next'], (body) => {
        const reply = queue.callNext(body.counterId, deviceIdOf(socket));
        if (reply.ok) {
          context.callMade(reply.data);
          context.queueChanged();
        }
        return reply;
      }),
    );
  });
};

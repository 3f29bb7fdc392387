import type { DisplayNamespace, RealtimeContext } from './realtime-context';

export const handleDisplays = (display: DisplayNamespace, context: RealtimeContext): void => {
  display.on('connection', (socket) => {
    socket.emit('centre:snapshot', context.snapshot());
    socket.emit('queue:summary', context.queue.summary());
    socket.emit('calls:recent', context.queue.recentCalls());
  });
};

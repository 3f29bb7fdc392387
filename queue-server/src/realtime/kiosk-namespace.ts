import { inboundSchemas } from '@openops/protocol';
import type { KioskNamespace, RealtimeContext } from './realtime-context';
import { deviceIdOf } from './socket-auth';
import { validated } from './validated-handler';

export const handleKiosks = (kiosk: KioskNamespace, context: RealtimeContext): void => {
  const { queue, config, printer } = context;
  kiosk.on('connection', (socket) => {
    socket.emit('centre:snapshot', context.snapshot());
    socket.emit('queue:summary', queue.summary());
    socket.on(
      'ticket:issue',
      validated('ticket:issue', inboundSchemas['ticket:issue'], (body) => {
        const deviceId = deviceIdOf(socket);
        const reply = queue.issueTicket(body.serviceId, deviceId);
        if (reply.ok) {
          context.queueChanged();
          const { ticket, serviceName, peopleAhead, estimatedWaitMinutes } = reply.data;
          const { centre } = config.current();
          // Printing happens after the ack: a slow or broken printer never delays the number.
          void printer.print(deviceId, {
            kind: 'ticket',
            centreName: centre.name,
            ticketNumber: ticket.number,
            serviceName,
            peopleAhead,
            estimatedWaitMinutes,
            issuedAt: ticket.issuedAt,
            timeZone: centre.timeZone,
          });
        }
        return reply;
      }),
    );
  });
};

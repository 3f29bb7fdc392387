import { inboundSchemas, type IssuedTicket } from '@openops/protocol';
import type { KioskNamespace, RealtimeContext } from './realtime-context';
import { deviceIdOf } from './socket-auth';
import { validated } from './validated-handler';

export const handleKiosks = (kiosk: KioskNamespace, context: RealtimeContext): void => {
  const { queue, config, printer } = context;
  kiosk.on('connection', (socket) => {
    socket.emit('centre:snapshot', context.snapshot());
    socket.emit('queue:summary', queue.summary());
    const print = (issued: IssuedTicket): void => {
      const { ticket, serviceName, peopleAhead, estimatedWaitMinutes } = issued;
      const { centre } = config.current();
      // Printing happens after the ack: a slow or broken printer never delays the number.
      void printer.print(deviceIdOf(socket), {
        kind: 'ticket',
        centreName: centre.name,
        ticketNumber: ticket.number,
        serviceName,
        peopleAhead,
        estimatedWaitMinutes,
        issuedAt: ticket.issuedAt,
        timeZone: centre.timeZone,
      });
    };
    socket.on(
      'ticket:issue',
      validated('ticket:issue', inboundSchemas['ticket:issue'], (body) => {
        const reply = queue.issueTicket(body.serviceId, deviceIdOf(socket), {
          priorityCategoryId: body.priorityCategoryId,
          priorityReason: body.priorityReason,
        });
        // The print job is stored and sent on the next turn, so its own commit never delays the ack.
        if (reply.ok) setImmediate(() => print(reply.data));
        return reply;
      }),
    );
    socket.on(
      'appointment:check-in',
      validated('appointment:check-in', inboundSchemas['appointment:check-in'], (body) => {
        const reply = context.appointments.checkIn(body.code, deviceIdOf(socket));
        if (reply.ok) setImmediate(() => print(reply.data.issued));
        return reply;
      }),
    );
  });
};

import {
  inboundSchemas,
  type IssuedTicket,
  type PrintDocument,
  type PrintJobRecord,
  type Reply,
  ticketTrackingUrl,
} from '@openops/protocol';
import type { Socket } from 'socket.io';
import type { IssueOptions } from '../queue/queue-service';
import type { KioskNamespace, RealtimeContext } from './realtime-context';
import { deviceIdOf } from './socket-auth';
import { validated } from './validated-handler';

/**
 * The address this kiosk reached the server at (`http://192.168.1.10:8080`), which phones on
 * the same network reach too; null when the Host header is not a plain host and port.
 */
const trackingBaseOf = (socket: Socket): string | null => {
  const host = socket.handshake.headers.host ?? '';
  return /^[A-Za-z0-9.-]+(?::\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](?::\d{1,5})?$/.test(host)
    ? `http://${host}`
    : null;
};

export const handleKiosks = (kiosk: KioskNamespace, context: RealtimeContext): void => {
  const { queue, config, printer } = context;

  const ticketDocument = (issued: IssuedTicket, trackingBase: string | null): PrintDocument => {
    const { ticket, serviceName, peopleAhead, estimatedWaitMinutes } = issued;
    const { centre, priorityCategories } = config.current();
    const base = centre.publicUrl ?? trackingBase;
    const priority = (priorityCategories ?? []).find(
      (category) => category.id === ticket.priorityCategoryId,
    );
    return {
      kind: 'ticket',
      centreName: centre.name,
      ticketNumber: ticket.number,
      serviceName,
      ...(priority ? { priorityName: priority.name } : {}),
      peopleAhead,
      estimatedWaitMinutes,
      issuedAt: ticket.issuedAt,
      timeZone: centre.timeZone,
      ...(base
        ? {
            qrPayload: ticketTrackingUrl(base, ticket.id),
            footer: 'Quét mã để theo dõi lượt của bạn / Scan to follow your turn',
          }
        : {}),
    };
  };

  kiosk.on('connection', (socket) => {
    socket.emit('centre:snapshot', context.snapshot());
    socket.emit('queue:summary', queue.summary());
    /**
     * Issues with the ticket's print job stored in the ticket's own transaction (one disk
     * flush, and never a number without its job), then sends the job after the ack: a slow
     * or broken printer never delays the number.
     */
    const withPrintJob = <T>(
      issue: (alongside: IssueOptions['alongside']) => Reply<T>,
    ): Reply<T> => {
      const stored: PrintJobRecord[] = [];
      const reply = issue((issued) => {
        stored.push(
          printer.enqueue(deviceIdOf(socket), ticketDocument(issued, trackingBaseOf(socket))),
        );
      });
      if (reply.ok) setImmediate(() => stored.forEach((job) => void printer.dispatch(job)));
      return reply;
    };
    socket.on(
      'ticket:issue',
      validated('ticket:issue', inboundSchemas['ticket:issue'], (body) =>
        withPrintJob((alongside) =>
          queue.issueTicket(body.serviceId, deviceIdOf(socket), {
            priorityCategoryId: body.priorityCategoryId,
            priorityReason: body.priorityReason,
            alongside,
          }),
        ),
      ),
    );
    socket.on(
      'appointment:check-in',
      validated('appointment:check-in', inboundSchemas['appointment:check-in'], (body) =>
        withPrintJob((alongside) =>
          context.appointments.checkIn(body.code, deviceIdOf(socket), alongside),
        ),
      ),
    );
  });
};

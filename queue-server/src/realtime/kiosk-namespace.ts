import {
  inboundSchemas,
  lateActionLimitMs,
  type IssuedTicket,
  type PrintDocument,
  type PrintJobRecord,
  type Reply,
  ticketTrackingUrl,
} from '@openops/protocol';
import { createLogger } from '@openops/protocol/logger';
import type { IssueOptions } from '../queue/queue-service';
import { followClientClock, latenessOf, lateRefusal } from './action-lateness';
import type { KioskNamespace, RealtimeContext } from './realtime-context';
import { deviceIdOf } from './socket-auth';
import { trackingBaseOf, type ServerAddresses } from './tracking-base';
import { validated } from './validated-handler';

const log = createLogger('kiosk-namespace');

/** `addresses`: where phones reach this server, for a kiosk on the server machine itself. */
export const handleKiosks = (
  kiosk: KioskNamespace,
  context: RealtimeContext,
  addresses: ServerAddresses,
): void => {
  const { queue, config, printer } = context;

  /** `host`: the Host header the kiosk reached the server with, for the QR's address. */
  const ticketDocument = (issued: IssuedTicket, host: string | undefined): PrintDocument => {
    const { ticket, serviceName, peopleAhead, estimatedWaitMinutes } = issued;
    const { centre, priorityCategories } = config.current();
    const base = centre.publicUrl ?? trackingBaseOf(host, addresses);
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
    followClientClock(socket);
    socket.emit('centre:snapshot', context.snapshot());
    socket.emit('queue:summary', queue.summary());
    /**
     * Issues with the ticket's print job stored in the ticket's own transaction (one disk
     * flush, and never a number without its job), then sends the job after the ack: a slow
     * or broken printer never delays the number.
     */
    const withPrintJob = <T>(
      sentAt: number | undefined,
      issue: (alongside: IssueOptions['alongside']) => Reply<T>,
    ): Reply<T> => {
      // Held up past the kiosk's wait (a stalled server, a network cut): the citizen was told to
      // try again, so issuing now would print a number for nobody and put a ghost in the queue.
      const late = latenessOf(socket, sentAt);
      if (late !== null && late > lateActionLimitMs) {
        log.warn('late kiosk request refused', {
          deviceId: deviceIdOf(socket),
          lateMs: Math.round(late),
        });
        return lateRefusal(late, 'vui lòng thử lại');
      }
      const stored: PrintJobRecord[] = [];
      const reply = issue((issued) => {
        stored.push(
          printer.enqueue(
            deviceIdOf(socket),
            ticketDocument(issued, socket.handshake.headers.host),
          ),
        );
      });
      if (reply.ok) setImmediate(() => stored.forEach((job) => void printer.dispatch(job)));
      return reply;
    };
    socket.on(
      'ticket:issue',
      validated('ticket:issue', inboundSchemas['ticket:issue'], (body) =>
        withPrintJob(body.sentAt, (alongside) =>
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
        withPrintJob(body.sentAt, (alongside) =>
          context.appointments.checkIn(body.code, deviceIdOf(socket), alongside),
        ),
      ),
    );
  });
};

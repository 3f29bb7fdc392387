import type { TicketPrint } from '@openops/protocol';
import { asciiText, concatBytes, escpos, newline } from './commands';

const formatTime = (iso: string, timeZone: string): string =>
  new Intl.DateTimeFormat('vi-VN', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(new Date(iso));

const line = (text: string): Uint8Array => concatBytes([asciiText(text), newline]);

/**
 * Renders a queue ticket as ESC/POS: initialise, centre, big number, service, cut.
 * Vietnamese lines go out without tone marks for now; raster rendering replaces them.
 */
export const renderTicket = (ticket: TicketPrint): Uint8Array =>
  concatBytes([
    escpos.initialise(),
    escpos.align('centre'),
    line(ticket.centreName),
    escpos.bold(true),
    line('PHIEU SO THU TU'),
    escpos.bold(false),
    escpos.size(4, 4),
    line(ticket.ticketNumber),
    escpos.size(1, 1),
    line(ticket.serviceName),
    line(`So nguoi dang cho: ${ticket.peopleAhead}`),
    ...(ticket.estimatedWaitMinutes === null
      ? []
      : [line(`Thoi gian cho du kien: ~${ticket.estimatedWaitMinutes} phut`)]),
    line(formatTime(ticket.issuedAt, ticket.timeZone)),
    escpos.feed(3),
    escpos.cut(),
  ]);

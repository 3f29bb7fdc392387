import type { TicketPrint } from '@openops/protocol';
import { createDocument } from './document-builder';
import { formatDateTime, unbreakable } from './format';
import type { PaperWidth } from './paper';

/**
 * What the slip says about the wait, as the kiosk's screen says it: nobody ahead reads "you
 * will be called soon", not "0 people ahead, about 0 minutes"; an estimate only when there is
 * one worth printing.
 */
export const ticketWaitLines = (
  ticket: Pick<TicketPrint, 'peopleAhead' | 'estimatedWaitMinutes'>,
): string[] => {
  if (ticket.peopleAhead === 0) return ['Bạn sắp được gọi, vui lòng chú ý màn hình'];
  const lines = [`Số người đang chờ ${unbreakable(`trước bạn: ${ticket.peopleAhead}`)}`];
  if (ticket.estimatedWaitMinutes !== null && ticket.estimatedWaitMinutes > 0) {
    lines.push(
      `Thời gian chờ dự kiến: ${unbreakable(`khoảng ${ticket.estimatedWaitMinutes} phút`)}`,
    );
  }
  return lines;
};

/**
 * A queue ticket: centre, "PHIẾU SỐ THỨ TỰ", the number large in the printer's own font,
 * service, the priority group if any (an officer checks it at the counter), the wait, time,
 * QR to follow the queue, footer. Default paper 80 mm.
 */
export const renderTicket = (ticket: TicketPrint, paper: PaperWidth = 80): Uint8Array => {
  const doc = createDocument(paper)
    .align('centre')
    .text(ticket.centreName, { bold: true, sizeDots: 22 })
    .feedDots(8)
    .text('PHIẾU SỐ THỨ TỰ', { bold: true, sizeDots: 30 })
    .bigText(ticket.ticketNumber, paper === 80 ? 4 : 3)
    .text(ticket.serviceName, { bold: true, sizeDots: 24 });
  if (ticket.priorityName) doc.text(`Ưu tiên: ${ticket.priorityName}`, { bold: true });
  doc.feedDots(6);
  ticketWaitLines(ticket).forEach((line) => doc.text(line));
  doc.text(formatDateTime(ticket.issuedAt, ticket.timeZone));
  if (ticket.qrPayload) doc.feedDots(8).qr(ticket.qrPayload, paper === 80 ? 5 : 4);
  doc.feedDots(8).text(ticket.footer ?? 'Vui lòng chờ đến lượt. Xin cảm ơn!', { sizeDots: 20 });
  if (!ticket.footer) doc.text('Please wait for your number. Thank you!');
  return doc.finish();
};

import type { TicketPrint } from '@openops/protocol';
import { createDocument } from './document-builder';
import { formatDateTime, unbreakable } from './format';
import type { PaperWidth } from './paper';

/**
 * A queue ticket: centre, "PHIẾU SỐ THỨ TỰ", the number large in the printer's own font,
 * service, people ahead, estimated wait, time, QR to follow the queue, footer.
 * Default paper 80 mm.
 */
export const renderTicket = (ticket: TicketPrint, paper: PaperWidth = 80): Uint8Array => {
  const doc = createDocument(paper)
    .align('centre')
    .text(ticket.centreName, { bold: true, sizeDots: 22 })
    .feedDots(8)
    .text('PHIẾU SỐ THỨ TỰ', { bold: true, sizeDots: 30 })
    .bigText(ticket.ticketNumber, paper === 80 ? 4 : 3)
    .text(ticket.serviceName, { bold: true, sizeDots: 24 })
    .feedDots(6)
    .text(`Số người đang chờ ${unbreakable(`trước bạn: ${ticket.peopleAhead}`)}`);
  if (ticket.estimatedWaitMinutes !== null) {
    doc.text(`Thời gian chờ dự kiến: ${unbreakable(`khoảng ${ticket.estimatedWaitMinutes} phút`)}`);
  }
  doc.text(formatDateTime(ticket.issuedAt, ticket.timeZone));
  if (ticket.qrPayload) doc.feedDots(8).qr(ticket.qrPayload, paper === 80 ? 5 : 4);
  doc.feedDots(8).text(ticket.footer ?? 'Vui lòng chờ đến lượt. Xin cảm ơn!', { sizeDots: 20 });
  if (!ticket.footer) doc.text('Please wait for your number. Thank you!');
  return doc.finish();
};

import { feePriceText, type ChecklistPrint } from '@openops/protocol';
import { createDocument } from './document-builder';
import { formatDateTime } from './format';
import type { PaperWidth } from './paper';

const body = { sizeDots: 20 };

/**
 * One document of the list, counted in copies ("bản") as the kiosk's screen counts them; an
 * optional one says so unless its name already says when it is needed ("(nếu nộp thay)").
 */
export const checklistLine = (
  document: ChecklistPrint['documents'][number],
  index: number,
): string => {
  const optional = document.required || /\(nếu /i.test(document.name) ? '' : ' (nếu có)';
  return `${index + 1}. ${document.name}${optional}: ${document.form}, ${document.quantity} bản`;
};

/** A configured fee: its amount, per page or per copy for a per-unit fee ("2.000 đ/trang"). */
export const checklistFeeLine = (fee: ChecklistPrint['fees'][number]): string =>
  `- ${fee.name}: ${feePriceText(fee)}`;

/**
 * "Danh sách giấy tờ cần chuẩn bị": a procedure's documents (form, quantity, optional ones
 * marked), fees, processing time and where to submit, so the citizen comes back with everything.
 * The procedure code and the date are ASCII, so they print in the printer's own font.
 * Default paper 80 mm.
 */
export const renderChecklist = (checklist: ChecklistPrint, paper: PaperWidth = 80): Uint8Array => {
  const doc = createDocument(paper)
    .align('centre')
    .text(checklist.centreName, { bold: true, sizeDots: 22 })
    .feedDots(6)
    .text('DANH SÁCH GIẤY TỜ CẦN CHUẨN BỊ', { bold: true, sizeDots: 24 })
    .feedDots(6)
    .text(checklist.procedureName, { bold: true, sizeDots: 22 })
    .text(checklist.procedureCode)
    .align('left')
    .rule()
    .text('Giấy tờ:', { ...body, bold: true });
  checklist.documents.forEach((document, index) => doc.text(checklistLine(document, index), body));
  doc.text('Lệ phí:', { ...body, bold: true });
  const charged = checklist.fees.filter((fee) => fee.amountVnd > 0);
  if (charged.length === 0) doc.text('- Miễn phí', body);
  charged.forEach((fee) => doc.text(checklistFeeLine(fee), body));
  doc
    .rule()
    .text(
      checklist.processingDays === 0
        ? 'Thời hạn giải quyết: trong ngày'
        : `Thời hạn giải quyết: ${checklist.processingDays} ngày làm việc`,
      body,
    );
  if (checklist.whereToSubmit) doc.text(`Nơi nộp: ${checklist.whereToSubmit}`, body);
  doc
    .align('centre')
    .feedDots(8)
    .text(checklist.centreName, { sizeDots: 18 })
    .text(formatDateTime(checklist.printedAt, checklist.timeZone));
  return doc.finish();
};

import {
  feeLineText,
  feesTotalVnd,
  type DossierReceiptPrint,
  type ReceiptFee,
} from '@openops/protocol';
import { createDocument } from './document-builder';
import {
  formatBusinessDay,
  formatDateTime,
  formatDong,
  unbreakable,
  unbreakableSpace,
} from './format';
import type { PaperWidth } from './paper';

const body = { sizeDots: 20 };

/**
 * One fee line, in the protocol's words that the counter showed the officer: a flat fee as its
 * amount, a per-unit fee as its sum ("- Phí chứng thực: 2.000 đ × 10 trang = 20.000 đ"), so
 * the citizen sees how the amount was reached. Each amount and "× 10 trang" stay whole when a
 * long line wraps.
 */
export const receiptFeeLine = (fee: ReceiptFee): string => `- ${fee.name}: ${feeLineText(fee)}`;

/** "Tổng cộng: 20.000 đ": each line's amount is what it costs, so the lines add up. */
export const receiptFeeTotal = (fees: readonly ReceiptFee[]): string =>
  `Tổng cộng: ${formatDong(feesTotalVnd(fees))}`;

/**
 * "Giấy tiếp nhận hồ sơ và hẹn trả kết quả": the dossier code as text, QR and CODE128 so it
 * scans back at the kiosk and the return counter; applicant, procedure, documents received,
 * fees, received and return dates, officer. Default paper 80 mm.
 */
export const renderDossierReceipt = (
  receipt: DossierReceiptPrint,
  paper: PaperWidth = 80,
): Uint8Array => {
  const doc = createDocument(paper)
    .align('centre')
    .text(receipt.centreName, { bold: true, sizeDots: 22 })
    .feedDots(6)
    .text('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ', { bold: true, sizeDots: 24 })
    .feedDots(6)
    .text('Mã hồ sơ:', body)
    .text(receipt.dossierCode, { bold: true })
    .qr(receipt.dossierCode, paper === 80 ? 5 : 4)
    .code128(receipt.dossierCode)
    .align('left')
    .rule()
    .text(`Người nộp: ${receipt.applicantName}`, body);
  if (receipt.applicantIdMasked) doc.text(`Số CCCD: ${receipt.applicantIdMasked}`, body);
  if (receipt.applicantPhone) doc.text(`Điện thoại: ${receipt.applicantPhone}`, body);
  doc.text(`Thủ tục: ${receipt.procedureName}`, body).text('Giấy tờ đã nhận:', {
    ...body,
    bold: true,
  });
  receipt.documents.forEach((document, index) => {
    const form = document.form ? ` ${unbreakable(`(${document.form}):`)}` : ':';
    doc.text(`${index + 1}. ${document.name}${form}${unbreakableSpace}${document.quantity}`, body);
  });
  if (receipt.fees.length > 0) {
    doc.text('Lệ phí:', { ...body, bold: true });
    receipt.fees.forEach((fee) => doc.text(receiptFeeLine(fee), body));
    doc.text(receiptFeeTotal(receipt.fees), { ...body, bold: true });
  }
  doc
    .rule()
    .text(`Ngày nhận: ${formatDateTime(receipt.receivedAt, receipt.timeZone)}`, body)
    .text(`Ngày hẹn trả kết quả: ${formatBusinessDay(receipt.returnDate)}`, {
      ...body,
      bold: true,
    })
    .text(`Cán bộ tiếp nhận: ${receipt.officerName}`, body)
    .align('centre')
    .feedDots(8)
    .text(receipt.footer ?? 'Vui lòng mang theo giấy này khi nhận kết quả.', { sizeDots: 18 });
  return doc.finish();
};

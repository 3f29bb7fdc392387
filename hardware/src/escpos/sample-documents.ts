import type { ChecklistPrint, DossierReceiptPrint, TicketPrint } from '@openops/protocol';

/** A Vietnamese ticket used by tests, the benchmark and the reference preview. */
export const sampleTicket: TicketPrint = {
  kind: 'ticket',
  centreName: 'Trung tâm Phục vụ hành chính công tỉnh Hà Giang',
  ticketNumber: 'A025',
  serviceName: 'Hộ tịch, chứng thực',
  peopleAhead: 7,
  estimatedWaitMinutes: 21,
  issuedAt: '2026-11-26T02:05:00.000Z',
  timeZone: 'Asia/Ho_Chi_Minh',
  qrPayload: 'http://192.168.1.10:8080/kiosk/track?ticket=A025',
};

/** A Vietnamese dossier receipt used by tests, the benchmark and the reference preview. */
export const sampleReceipt: DossierReceiptPrint = {
  kind: 'dossier-receipt',
  centreName: 'Trung tâm Phục vụ hành chính công tỉnh Hà Giang',
  dossierCode: '000.00.06.H56-231027-0361',
  applicantName: 'Nguyễn Thị Hồng Nhung',
  applicantIdMasked: '********2345',
  applicantPhone: '0912345678',
  procedureName: 'Đăng ký khai sinh có yếu tố nước ngoài',
  documents: [
    { name: 'Tờ khai đăng ký khai sinh', form: 'Bản chính', quantity: 1 },
    { name: 'Giấy chứng sinh', form: 'Bản chính', quantity: 1 },
    { name: 'Giấy tờ tùy thân của cha, mẹ', form: 'Bản sao', quantity: 2 },
  ],
  fees: [{ name: 'Lệ phí đăng ký khai sinh', amountVnd: 75000 }],
  receivedAt: '2026-11-26T03:15:00.000Z',
  returnDate: '2026-12-03',
  officerName: 'Trần Văn Đức',
  timeZone: 'Asia/Ho_Chi_Minh',
};

/** A Vietnamese procedure checklist used by tests. */
export const sampleChecklist: ChecklistPrint = {
  kind: 'checklist',
  centreName: 'Trung tâm Phục vụ hành chính công tỉnh Hà Giang',
  procedureCode: '1.001193',
  procedureName: 'Đăng ký khai sinh',
  documents: [
    { name: 'Tờ khai đăng ký khai sinh', form: 'Bản chính', quantity: 1, required: true },
    { name: 'Giấy chứng sinh', form: 'Bản chính', quantity: 1, required: true },
    { name: 'Văn bản ủy quyền', form: 'Bản sao có chứng thực', quantity: 1, required: false },
  ],
  fees: [{ name: 'Lệ phí đăng ký khai sinh', amountVnd: 0 }],
  processingDays: 0,
  whereToSubmit: 'Quầy 1, tầng 1',
  printedAt: '2026-11-26T02:05:00.000Z',
  timeZone: 'Asia/Ho_Chi_Minh',
};

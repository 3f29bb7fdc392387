import { describe, expect, it } from 'vitest';
import { receivedIds, receptionBody, type ReceptionForm } from './reception-body';

const form: ReceptionForm = {
  procedureId: 'dang-ky-khai-sinh',
  applicant: {
    name: 'Nguyễn Thị Hoa',
    idNumber: '',
    phone: ' 0903123456 ',
    address: '  ',
    notifyBySms: true,
  },
  scannedId: '********1234',
  scannedIdNumber: null,
  checklist: {
    'to-khai': { received: true, form: 'original', quantity: 1 },
    'giay-chung-sinh': { received: false, form: 'original', quantity: 1 },
    'cccd-cha-me': { received: true, form: 'certified-copy', quantity: 2 },
  },
  feeQuantities: [],
  counterId: 'quay-1',
  officerName: 'Nguyễn Văn An',
  ticketId: null,
  notifyBySms: true,
  requestId: '5d0c9a2e-7b1f-4e3a-8c6d-2f4b6a8c0e1d',
};

describe('receptionBody', () => {
  it('sends the received documents in order, trims, and keeps a scanned card masked', () => {
    expect(receptionBody(form)).toEqual({
      procedureId: 'dang-ky-khai-sinh',
      applicant: { name: 'Nguyễn Thị Hoa', idMasked: '********1234', phone: '0903123456' },
      documents: [
        { documentId: 'to-khai', form: 'original', quantity: 1 },
        { documentId: 'cccd-cha-me', form: 'certified-copy', quantity: 2 },
      ],
      counterId: 'quay-1',
      officerName: 'Nguyễn Văn An',
      notifyBySms: true,
      requestId: '5d0c9a2e-7b1f-4e3a-8c6d-2f4b6a8c0e1d',
    });
    expect(receivedIds(form.checklist)).toEqual(['to-khai', 'cccd-cha-me']);
  });

  it("sends the scanned card's whole number when the form holds it, for the card to find the dossier", () => {
    const body = receptionBody({ ...form, scannedIdNumber: '079190001234' });
    expect(body).toMatchObject({ applicant: { idNumber: '079190001234' } });
    expect(JSON.stringify(body)).not.toContain('idMasked');
  });

  it('sends a typed ID number rather than the scanned card, and the ticket and fees when given', () => {
    const body = receptionBody({
      ...form,
      applicant: { ...form.applicant, idNumber: ' 079190001234 ' },
      feeQuantities: [{ name: 'Phí chứng thực', quantity: 3 }],
      ticketId: 'ticket-1',
    });
    expect(body).toMatchObject({
      applicant: { idNumber: '079190001234' },
      feeQuantities: [{ name: 'Phí chứng thực', quantity: 3 }],
      ticketId: 'ticket-1',
    });
    expect(JSON.stringify(body)).not.toContain('idMasked');
  });
});

import { describe, expect, it } from 'vitest';
import {
  applicantInputSchema,
  citizenDossiersBodySchema,
  phoneSchema,
  ticketNotifyBodySchema,
} from './dossiers';
import { smsMessageSchema } from './sync';

describe('an applicant as the counter sends it', () => {
  it('takes a scanned card’s masked number, its last 4 digits shown, and nothing looser', () => {
    const parse = (idMasked: string) =>
      applicantInputSchema.safeParse({ name: 'Phạm Thị Thu', idMasked }).success;
    expect(parse('********4321')).toBe(true);
    expect(parse('*****4321')).toBe(true);
    expect(parse('079199014321')).toBe(false);
    expect(parse('%4321')).toBe(false);
    expect(parse('****4321')).toBe(false);
  });
});

describe('a phone number', () => {
  // "10–11 digits starting with 0", as the message says; +84 stands for the 0.
  const accepted = ['0912345678', '02838123456', '+84912345678', '+842838123456'];
  const refused = ['012345678', '+8491234567', '091234567890', '+8409123456789', '912345678'];

  it('is 0 then 9 or 10 digits, or +84 then 9 or 10, for the counter and the kiosk', () => {
    for (const phone of accepted) expect(phoneSchema.safeParse(phone).success, phone).toBe(true);
    for (const phone of refused) expect(phoneSchema.safeParse(phone).success, phone).toBe(false);
    expect(ticketNotifyBodySchema.safeParse({ ticketId: 't-1', phone: '012345678' }).success).toBe(
      false,
    );
  });

  it('is the same for a text sent to the SMS gateway', () => {
    const message = (to: string) => ({ to, text: 'Xin chào', sender: 'OPENOPS', clientRef: 'r-1' });
    for (const to of accepted)
      expect(smsMessageSchema.safeParse(message(to)).success, to).toBe(true);
    for (const to of refused)
      expect(smsMessageSchema.safeParse(message(to)).success, to).toBe(false);
  });
});

describe("a kiosk's request for a scanned citizen's dossiers", () => {
  it('carries the whole 12-digit ID and the old 9-digit one when the card has it', () => {
    expect(citizenDossiersBodySchema.safeParse({ idNumber: '079199012345' }).success).toBe(true);
    expect(
      citizenDossiersBodySchema.safeParse({ idNumber: '079199012345', oldIdNumber: '123456789' })
        .success,
    ).toBe(true);
  });

  it('refuses last digits, a name, or IDs of the wrong length', () => {
    for (const body of [
      { fullName: 'Nguyễn Văn An', idLast4: '2345' },
      { idNumber: '079199012345', fullName: 'Nguyễn Văn An' },
      { idNumber: '2345' },
      { idNumber: '079199012345', oldIdNumber: '079199012345' },
      { idNumber: '07919901234a' },
      {},
    ]) {
      expect(citizenDossiersBodySchema.safeParse(body).success, JSON.stringify(body)).toBe(false);
    }
  });
});

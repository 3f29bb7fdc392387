import { describe, expect, it } from 'vitest';
import type { PrintJobRecord } from '@openops/protocol';
import { printStateText } from './receipt-text';

const job = (state: PrintJobRecord['state'], failure: Partial<PrintJobRecord> = {}) =>
  ({
    jobId: 'job-1',
    deviceId: 'counter-pc-1',
    document: { kind: 'dossier-receipt', dossierCode: 'X' },
    state,
    attempts: 1,
    failureCode: null,
    failureMessage: null,
    createdAt: '2026-11-27T08:00:00.000Z',
    updatedAt: '2026-11-27T08:00:00.000Z',
    ...failure,
  }) as PrintJobRecord;

describe('printStateText', () => {
  it('says where the receipt stands, in Vietnamese', () => {
    expect(printStateText(null, 'vi')).toBe('Đang gửi biên nhận tới máy in…');
    expect(printStateText(job('queued'), 'vi')).toBe(
      'Biên nhận đang chờ máy in (máy in chưa kết nối); sẽ tự in khi máy in kết nối lại',
    );
    expect(printStateText(job('sending'), 'vi')).toBe('Đang in biên nhận…');
    expect(printStateText(job('printed'), 'vi')).toBe('Đã in biên nhận');
    expect(printStateText(job('failed'), 'vi')).toBe('Chưa in được: lỗi máy in');
  });

  it('and in English', () => {
    expect(printStateText(null, 'en')).toBe('Sending the receipt to the printer…');
    expect(printStateText(job('queued'), 'en')).toBe(
      'The receipt is waiting for the printer (not connected); it prints once the printer is back',
    );
    expect(printStateText(job('sending'), 'en')).toBe('Printing the receipt…');
    expect(printStateText(job('printed'), 'en')).toBe('Receipt printed');
    expect(printStateText(job('failed'), 'en')).toBe('Not printed: printer error');
  });

  it('gives the printer’s own reason for a failure, as sent', () => {
    const jammed = job('failed', { failureCode: 'printer-fault', failureMessage: 'Out of paper' });
    expect(printStateText(jammed, 'en')).toBe('Not printed: Out of paper');
    expect(printStateText(jammed, 'vi')).toBe('Chưa in được: Out of paper');
    expect(printStateText(job('failed', { failureCode: 'printer-fault' }), 'en')).toBe(
      'Not printed: printer-fault',
    );
  });
});

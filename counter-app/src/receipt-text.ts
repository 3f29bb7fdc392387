import type { Language } from '@openops/client';
import { assertNever, type PrintJobRecord } from '@openops/protocol';

/**
 * Where the receipt's print job stands, in `language`: not yet queued, waiting for an absent
 * printer, printing, printed, or failed with the printer's own reason (as the agent sent it).
 */
export const printStateText = (job: PrintJobRecord | null, language: Language): string => {
  const en = language === 'en';
  if (!job) return en ? 'Sending the receipt to the printer…' : 'Đang gửi biên nhận tới máy in…';
  switch (job.state) {
    case 'queued':
      return en
        ? 'The receipt is waiting for the printer (not connected); it prints once the printer is back'
        : 'Biên nhận đang chờ máy in (máy in chưa kết nối); sẽ tự in khi máy in kết nối lại';
    case 'sending':
      return en ? 'Printing the receipt…' : 'Đang in biên nhận…';
    case 'printed':
      return en ? 'Receipt printed' : 'Đã in biên nhận';
    case 'failed': {
      const reason = job.failureMessage ?? job.failureCode ?? (en ? 'printer error' : 'lỗi máy in');
      return en ? `Not printed: ${reason}` : `Chưa in được: ${reason}`;
    }
    default:
      return assertNever(job.state);
  }
};

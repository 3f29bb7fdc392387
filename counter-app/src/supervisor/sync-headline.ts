import type { Language } from '@openops/client';
import { serverMessageText } from '../server-message-text';
import type { SyncStatus } from '@openops/protocol';

/** Records waiting longer than this read as a problem, not as traffic. Default 5 min. */
export const syncLateSeconds = 5 * 60;

const wholeMinutes = (seconds: number): number => Math.max(1, Math.round(seconds / 60));

/** "1 record", "3 records". */
const recordsEn = (count: number): string => (count === 1 ? '1 record' : `${count} records`);

/**
 * One sentence on how sync is doing, in the supervisor's language, and whether it needs the
 * supervisor's attention. `lastError` is the server's own text, quoted as it comes.
 */
export const syncHeadline = (
  status: SyncStatus,
  language: Language,
): { text: string; attention: boolean } => {
  const en = language === 'en';
  const { pending, parked } = status;
  if (!status.enabled) {
    return {
      text: en
        ? `No OpenOPS server is configured: ${recordsEn(pending)} kept, to be sent once one is.`
        : `Chưa cấu hình máy chủ OpenOPS: ${pending} bản ghi được giữ lại, sẽ gửi khi có cấu hình.`,
      attention: pending > 0,
    };
  }
  // Parked records first: they wait for the supervisor, and while one is parked the records
  // queued behind it wait too, so the late message alone would point at the link instead.
  if (parked > 0) {
    return {
      text: en
        ? `${recordsEn(parked)} refused and parked; see the reasons below, fix the cause, then press "Retry".`
        : `${parked} bản ghi bị từ chối và đang treo; xem lý do bên dưới, sửa nguyên nhân rồi bấm "Gửi lại".`,
      attention: true,
    };
  }
  const late = (status.oldestPendingSeconds ?? 0) >= syncLateSeconds;
  if (late) {
    const minutes = wholeMinutes(status.oldestPendingSeconds ?? 0);
    const error = status.lastError ? `: ${serverMessageText(status.lastError, language)}` : '';
    return {
      text: en
        ? `${recordsEn(pending)} not sent yet, the oldest waiting ${minutes} min${error}. The data is kept safe and will be sent once the connection is back.`
        : `Chưa gửi được ${pending} bản ghi, bản ghi cũ nhất đã chờ ${minutes} phút${error}. Dữ liệu vẫn được giữ an toàn và sẽ gửi khi kết nối lại.`,
      attention: true,
    };
  }
  if (pending > 0) {
    return {
      text: en
        ? `Sending: ${recordsEn(pending)} waiting.`
        : `Đang gửi: ${pending} bản ghi chờ gửi.`,
      attention: false,
    };
  }
  return {
    text: en ? 'All sent, no records waiting.' : 'Đã gửi hết, không có bản ghi nào chờ.',
    attention: false,
  };
};

import type { Language } from '@openops/client';
import { assertNever, type Counter, type Service } from '@openops/protocol';

/**
 * What the screen confirms after an action whose result is otherwise only an absence (the number
 * leaves the counter), or says of a scan it could not use. Kept as facts, not as a sentence, so
 * it reads in whichever language the officer switches to while it shows.
 */
export type ActionNotice =
  | { kind: 'no-show'; number: string }
  | { kind: 'returned'; number: string }
  | {
      kind: 'transferred';
      number: string;
      /** The service and the counter it went to; null for "the same service", "any counter". */
      toServiceId: string | null;
      toCounterId: string | null;
    }
  /** A scan that is no CCCD, dossier code or queue ticket; `cardLike` when it was a card read badly. */
  | { kind: 'scan-unreadable'; cardLike: boolean }
  /** A booking's code: it is checked in at the kiosk, not at a counter. */
  | { kind: 'scan-appointment' };

/** The centre's names the notices use. */
export type NoticeNames = { services: readonly Service[]; counters: readonly Counter[] };

/** "dịch vụ Chứng thực, Quầy 3": the service named only when it changed, the counter when chosen. */
const whereTo = (
  notice: Extract<ActionNotice, { kind: 'transferred' }>,
  names: NoticeNames,
  language: Language,
): string => {
  const parts: string[] = [];
  if (notice.toServiceId) {
    const service = names.services.find((candidate) => candidate.id === notice.toServiceId);
    const name = service ? (language === 'en' ? service.nameEn : service.name) : notice.toServiceId;
    parts.push(language === 'en' ? name : `dịch vụ ${name}`);
  }
  if (notice.toCounterId) {
    const counter = names.counters.find((candidate) => candidate.id === notice.toCounterId);
    parts.push(counter?.name ?? notice.toCounterId);
  }
  return parts.join(', ');
};

/** The notice as the officer reads it, in `language`. */
export const actionNoticeText = (
  notice: ActionNotice,
  names: NoticeNames,
  language: Language,
): string => {
  const en = language === 'en';
  switch (notice.kind) {
    case 'no-show':
      return en ? `${notice.number} marked as a no-show.` : `Đã ghi vắng mặt số ${notice.number}.`;
    case 'returned':
      return en
        ? `${notice.number} returned to the queue.`
        : `Đã trả số ${notice.number} về hàng chờ.`;
    case 'transferred': {
      const where = whereTo(notice, names, language);
      return en
        ? `${notice.number} transferred to ${where}.`
        : `Đã chuyển số ${notice.number} sang ${where}.`;
    }
    case 'scan-unreadable':
      if (notice.cardLike) {
        return en
          ? 'The citizen ID card could not be read: scan it again.'
          : 'Không đọc được thẻ CCCD vừa quét: vui lòng quét lại.';
      }
      return en
        ? 'The scanned code was not recognised: it is no citizen ID, dossier code or queue ticket.'
        : 'Không nhận ra mã vừa quét: đây không phải CCCD, mã hồ sơ hay phiếu số thứ tự.';
    case 'scan-appointment':
      return en
        ? 'That is an appointment code: the citizen checks in at the kiosk to get a number.'
        : 'Đây là mã lịch hẹn: mời công dân xác nhận lịch hẹn tại kiosk để lấy số.';
    default:
      return assertNever(notice);
  }
};

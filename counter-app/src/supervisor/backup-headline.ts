import { formatBusinessDay, type BackupList, type FloorView } from '@openops/protocol';
import type { FloorClock } from './floor-time';

/** A newest copy older than this many days means the daily copies have stopped. */
export const backupStaleDays = 2;

/** A size as a person reads it: "1,2 MB", "640 KB". */
export const formatBytes = (bytes: number): string => {
  const megabytes = bytes / (1024 * 1024);
  if (megabytes >= 1) {
    return `${megabytes.toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;
  }
  return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('vi-VN')} KB`;
};

const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** The day's copy failing to be written: since when, and the server's last error. */
export type BackupFailure = { since: string; error: string };

/**
 * The failure the floor reports (its `backup-failed` alert, raised from the first failure until
 * a copy succeeds); null while copies are written. Used when the backup list cannot be read,
 * or comes from a server that does not say (see `backupFailureInList`).
 */
export const backupFailureOf = (view: FloorView | null): BackupFailure | null => {
  const alert = view?.alerts.find((candidate) => candidate.kind === 'backup-failed');
  if (!alert) return null;
  // The alert gives the error at the end of its sentence, "… (lỗi: ENOSPC: no space left)".
  const error = /\(lỗi: (.*)\)\s*$/s.exec(alert.message)?.[1] ?? alert.message;
  return { since: alert.since, error };
};

/** The failure the backup list reports (servers that send it); null while copies are written. */
export const backupFailureInList = (list: BackupList | null): BackupFailure | null =>
  list?.failingSince ? { since: list.failingSince, error: list.lastError ?? 'không rõ' } : null;

/** "09:31 hôm nay", or "23:05 ngày 26/11/2026" for an earlier day, in the centre's time. */
const sinceText = (iso: string, clock: FloorClock): string => {
  const at = new Date(iso);
  const time = at.toLocaleTimeString('vi-VN', {
    timeZone: clock.timeZone,
    hour: '2-digit',
    minute: '2-digit',
  });
  const day = at.toLocaleDateString('en-CA', { timeZone: clock.timeZone });
  return day === clock.businessDay ? `${time} hôm nay` : `${time} ngày ${formatBusinessDay(day)}`;
};

const summaryOf = (list: BackupList): string | null => {
  const [newest] = list.backups;
  return newest
    ? `Bản sao gần nhất: ngày ${formatBusinessDay(newest.day)} (${formatBytes(newest.bytes)}); đang giữ ${list.backups.length}/${list.keep} ngày.`
    : null;
};

/**
 * One sentence on the daily copies, and whether they need attention: copies failing now (said
 * first, with since when and the error, even when the list itself could not be read), none
 * yet, or the newest older than `backupStaleDays`. Null with neither a list nor a failure.
 */
export const backupHeadline = (
  list: BackupList | null,
  clock: FloorClock,
  failure: BackupFailure | null = null,
): { text: string; attention: boolean } | null => {
  const today = clock.businessDay;
  if (failure) {
    const failing = `Sao lưu đang bị lỗi từ ${sinceText(failure.since, clock)}: ${failure.error}. Máy chủ tự thử lại sau mỗi 10 phút; hãy kiểm tra ổ đĩa và quyền ghi thư mục sao lưu, rồi bấm "Sao lưu ngay".`;
    const summary = list ? (summaryOf(list) ?? 'Chưa có bản sao lưu nào.') : null;
    return { text: summary ? `${failing} ${summary}` : failing, attention: true };
  }
  if (!list) return null;
  const [newest] = list.backups;
  if (!newest) {
    return {
      text: 'Chưa có bản sao lưu nào. Máy chủ tự sao lưu vài giây sau khi khởi động; bấm "Sao lưu ngay" để sao lưu bây giờ.',
      attention: true,
    };
  }
  const age = daysBetween(newest.day, today);
  const summary = summaryOf(list) ?? '';
  if (age > backupStaleDays) {
    return {
      text: `${summary} Đã ${age} ngày không sao lưu được: xem nhật ký máy chủ (mục "backup").`,
      attention: true,
    };
  }
  return { text: summary, attention: false };
};
